import "server-only";
import type { EightByEightConfig } from "../channels/8x8/send-client";
import { appEnv } from "../config/env";
import { databaseTarget } from "../db/database-target";
import type { RuntimeDeps } from "./process-contact";

export type RuntimeOptions = {
  eightByEight: EightByEightConfig | null;
  secrets?: Record<string, string>;
  now?: () => Date;
  /** Several instances share the database: lanes become leases in it. */
  sharedDatabase?: boolean;
  /** Answers HTTP steps instead of the network (the traffic seed's stand-in for a business's API). */
  http?: RuntimeDeps["http"];
  /** How often the safety-net poll looks (250 ms unless set; tests set it long to see the alarm alone). */
  pollMs?: number;
  /** Count new steps into Insights' aggregates (on unless turned off). */
  insights?: boolean;
};

/** The runtime's options as the environment sets them. */
export function runtimeOptionsFromEnv(): RuntimeOptions {
  // SQLite is one process's file; PostgreSQL may have several instances in front of it.
  return { eightByEight: eightByEightConfig(), sharedDatabase: databaseTarget().provider === "postgres", insights: appEnv().INSIGHTS_ROLLUP === "on" };
}

/** 8x8 settings when all three are set; without them messages wait in the outbox. */
export function eightByEightConfig(): EightByEightConfig | null {
  const env = appEnv();
  if (!env.EIGHTX8_API_KEY || !env.EIGHTX8_SUBACCOUNT_ID) return null;
  const templates = env.EIGHTX8_ACCOUNT_ID && env.EIGHTX8_TEMPLATE_CHANNEL_ID ? { accountId: env.EIGHTX8_ACCOUNT_ID, channelId: env.EIGHTX8_TEMPLATE_CHANNEL_ID } : undefined;
  return { baseUrl: env.EIGHTX8_API_BASE_URL, apiKey: env.EIGHTX8_API_KEY, subAccountId: env.EIGHTX8_SUBACCOUNT_ID, ...(templates && { templates }) };
}

/** Workspace secrets for HTTP steps: SECRET_CLINIC_API_KEY=… is {{ secrets.clinic_api_key }}. */
export function secretsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env)
      .filter(([name, value]) => name.startsWith("SECRET_") && value)
      .map(([name, value]) => [name.slice("SECRET_".length).toLowerCase(), value as string]),
  );
}
