import "server-only";
import type { RawConnection } from "../db/raw-connection";
import { revisionCached } from "../db/revision-cached";
import { encryptionKeys } from "../crypto/encryption-keys";
import { open } from "../crypto/secret-box";
import type { EightByEightConfig } from "../config/eight-by-eight";
import { DEFAULT_CHANNEL_ID } from "./channel-schemas";

export const CHANNELS_REVISION_KEY = "channels_revision";
/** The Setting row with the default channel's generated webhook authorization (default-webhook-auth.ts). */
export const DEFAULT_WEBHOOK_AUTH_KEY = "default_webhook_auth";
/** The Secret row that holds a channel's API key: not a name a template can reach. */
export const channelKeySecret = (id: string) => `channel:${id}`;

/**
 * A channel as webhooks and sends see it. `acceptsUnauthenticated`: the default channel of
 * an install from before its webhooks needed authorization (see default-webhook-auth.ts).
 */
export type ChannelEntry = { config: EightByEightConfig | null; webhookAuthHash: string | null; acceptsUnauthenticated?: boolean };
export type ChannelDirectory = {
  /** Every channel that can send, by id. */
  sendable(): Promise<Map<string, EightByEightConfig>>;
  get(id: string): Promise<ChannelEntry | undefined>;
};

/**
 * The channels as the runtime and the webhooks need them: each one's send settings (its
 * key opened with the workspace key) and webhook authorization hash. Read again only when
 * the revision row moved, so a channel added or changed in Settings is used by the next
 * message, in every thread and instance. The environment's channel is "default".
 */
export function channelDirectory(sql: RawConnection, defaultChannel: EightByEightConfig | null, env: NodeJS.ProcessEnv = process.env): ChannelDirectory {
  const entries = revisionCached(sql, CHANNELS_REVISION_KEY, load);

  async function load(): Promise<Map<string, ChannelEntry>> {
    const rows = await sql.query<{ id: string; subAccountId: string; baseUrl: string; webhookAuthHash: string; accountId: string | null; templateChannel: string | null; ciphertext: string | null; keyId: string | null }>(
      `SELECT c."id", c."subAccountId", c."baseUrl", c."webhookAuthHash", c."accountId", c."templateChannel", s."ciphertext", s."keyId"
       FROM "Channel" c LEFT JOIN "Secret" s ON s."name" = 'channel:' || c."id"`,
    );
    const keys = rows.length ? encryptionKeys(env).all : [];
    const [auth] = await sql.query<{ value: unknown }>(`SELECT "value" FROM "Setting" WHERE "key" = $1`, [DEFAULT_WEBHOOK_AUTH_KEY]);
    const generated = sql.json<{ hash?: string; acceptsUnauthenticated?: boolean } | null>(auth?.value) ?? null;
    const entries = new Map<string, ChannelEntry>([
      [DEFAULT_CHANNEL_ID, { config: defaultChannel, webhookAuthHash: generated?.hash ?? null, acceptsUnauthenticated: generated?.acceptsUnauthenticated ?? false }],
    ]);
    for (const row of rows) {
      const apiKey = row.ciphertext && row.keyId ? open({ ciphertext: row.ciphertext, keyId: row.keyId }, channelKeySecret(row.id), keys) : null;
      const templates = row.accountId && row.templateChannel ? { accountId: row.accountId, channelId: row.templateChannel } : undefined;
      entries.set(row.id, { config: apiKey ? { baseUrl: row.baseUrl, subAccountId: row.subAccountId, apiKey, ...(templates && { templates }) } : null, webhookAuthHash: row.webhookAuthHash });
    }
    return entries;
  }

  return {
    async sendable() {
      const result = new Map<string, EightByEightConfig>();
      for (const [id, entry] of await entries()) if (entry.config) result.set(id, entry.config);
      return result;
    },
    async get(id) {
      return (await entries()).get(id);
    },
  };
}
