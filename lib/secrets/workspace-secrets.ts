import type { RawConnection } from "../db/raw-connection";
import { revisionCached } from "../db/revision-cached";
import { secretsFromEnv } from "../config/env-secrets";
import { encryptionKeys } from "../crypto/encryption-keys";
import { open } from "../crypto/secret-box";

export const SECRETS_REVISION_KEY = "secrets_revision";

export type SecretsSource = () => Promise<Record<string, string>>;

/**
 * The secrets an HTTP step may render: SECRET_* from the environment and the stored ones
 * (never a channel's API key, which only the send to 8x8 uses),
 * opened with the workspace key. Kept opened in memory and read again only when the
 * revision row moved (one small read per use), so a replaced secret is used by the very
 * next step, in whichever thread or instance.
 */
export function workspaceSecrets(sql: RawConnection, env: NodeJS.ProcessEnv = process.env): SecretsSource {
  return revisionCached(sql, SECRETS_REVISION_KEY, async () => {
    const rows = await sql.query<{ name: string; ciphertext: string; keyId: string }>(`SELECT "name", "ciphertext", "keyId" FROM "Secret" WHERE "name" NOT LIKE 'channel:%'`);
    const keys = rows.length ? encryptionKeys(env).all : [];
    return { ...Object.fromEntries(rows.map((row) => [row.name, open(row, row.name, keys)])), ...secretsFromEnv(env) };
  });
}
