import "server-only";
import { z } from "zod";
import { databaseTarget } from "../db/database-target";

const schema = z.object({
  PUBLIC_URL: z.url({ error: "PUBLIC_URL must be a URL such as https://journeys.example.com" }).optional(),
  APP_API_TOKEN: z.string().min(16, { error: "APP_API_TOKEN must be at least 16 characters" }).optional(),
  EIGHTX8_API_BASE_URL: z.url().default("https://chatapps.8x8.com"),
  EIGHTX8_API_KEY: z.string().optional(),
  EIGHTX8_SUBACCOUNT_ID: z.string().regex(/^[A-Za-z0-9\-._&]{3,50}$/, { error: "EIGHTX8_SUBACCOUNT_ID is 3-50 letters, digits or - . _ &" }).optional(),
  EIGHTX8_WEBHOOK_AUTH: z.string().optional(),
  /** Where the default channel's templates are listed (8x8 account id and WhatsApp channel id). */
  EIGHTX8_ACCOUNT_ID: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, { error: "EIGHTX8_ACCOUNT_ID is 8x8's account id" }).optional(),
  EIGHTX8_TEMPLATE_CHANNEL_ID: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, { error: "EIGHTX8_TEMPLATE_CHANNEL_ID is the WhatsApp channel's id in 8x8 Connect" }).optional(),
  /** "off" stops counting steps into Insights (the runtime benchmark's comparison run). */
  INSIGHTS_ROLLUP: z.enum(["on", "off"]).default("on"),
  /** How long a SIGTERM waits for the lanes at work and the sends on their way before the process exits anyway. */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(20),
});

export type AppEnv = z.infer<typeof schema>;

const KEYS = Object.keys(schema.shape) as Array<keyof AppEnv>;
let cached: { key: string; value: AppEnv } | null = null;

/**
 * The app's configuration from the environment; a bad value fails loudly. The webhook
 * asks on every request, so the process's own environment is parsed again only when one
 * of its values changed (reading process.env costs a call into C++ per key).
 */
export function appEnv(env: NodeJS.ProcessEnv = process.env): AppEnv {
  const values = KEYS.map((k) => env[k] || undefined);
  const key = JSON.stringify(values);
  if (env === process.env && cached?.key === key) return cached.value;
  const result = schema.safeParse(Object.fromEntries(KEYS.map((k, i) => [k, values[i]])));
  if (!result.success) {
    throw new Error(`Invalid configuration: ${result.error.issues.map((i) => i.message).join("; ")}`);
  }
  if (env === process.env) cached = { key, value: result.data };
  return result.data;
}

/** What the settings page may show: values that are not secret, and only set/unset for secrets. */
export function configurationStatus(env = appEnv()) {
  const target = databaseTarget();
  return [
    { name: "DATABASE_URL", value: target.provider === "sqlite" ? `SQLite · ${target.file}` : `PostgreSQL · schema ${target.schema}`, secret: false, set: true },
    { name: "APP_API_TOKEN", value: null, secret: true, set: Boolean(env.APP_API_TOKEN) },
    { name: "EIGHTX8_API_BASE_URL", value: env.EIGHTX8_API_BASE_URL, secret: false, set: true },
    { name: "EIGHTX8_SUBACCOUNT_ID", value: env.EIGHTX8_SUBACCOUNT_ID ?? null, secret: false, set: Boolean(env.EIGHTX8_SUBACCOUNT_ID) },
    { name: "EIGHTX8_API_KEY", value: null, secret: true, set: Boolean(env.EIGHTX8_API_KEY) },
    { name: "EIGHTX8_WEBHOOK_AUTH", value: null, secret: true, set: Boolean(env.EIGHTX8_WEBHOOK_AUTH) },
    { name: "EIGHTX8_ACCOUNT_ID", value: env.EIGHTX8_ACCOUNT_ID ?? null, secret: false, set: Boolean(env.EIGHTX8_ACCOUNT_ID) },
    { name: "EIGHTX8_TEMPLATE_CHANNEL_ID", value: env.EIGHTX8_TEMPLATE_CHANNEL_ID ?? null, secret: false, set: Boolean(env.EIGHTX8_TEMPLATE_CHANNEL_ID) },
  ];
}
