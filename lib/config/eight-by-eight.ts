import { appEnv } from "./env";

/** How the app reaches 8x8 (the API key, the subaccount that sends, where templates are listed). */
export type EightByEightConfig = {
  baseUrl: string;
  apiKey: string;
  subAccountId: string;
  /** Where the channel's templates are listed; without both, templates are not synced. */
  templates?: { accountId: string; channelId: string };
};

/** 8x8 settings when all three are set; without them messages wait in the outbox. */
export function eightByEightConfig(): EightByEightConfig | null {
  const env = appEnv();
  if (!env.EIGHTX8_API_KEY || !env.EIGHTX8_SUBACCOUNT_ID) return null;
  const templates = env.EIGHTX8_ACCOUNT_ID && env.EIGHTX8_TEMPLATE_CHANNEL_ID ? { accountId: env.EIGHTX8_ACCOUNT_ID, channelId: env.EIGHTX8_TEMPLATE_CHANNEL_ID } : undefined;
  return { baseUrl: env.EIGHTX8_API_BASE_URL, apiKey: env.EIGHTX8_API_KEY, subAccountId: env.EIGHTX8_SUBACCOUNT_ID, ...(templates && { templates }) };
}
