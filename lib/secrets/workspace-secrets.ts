import type { RawConnection } from "../db/raw-connection";
import { secretsFromEnv } from "../engine/runtime-config";
import { encryptionKeys } from "./encryption-keys";
import { open } from "./secret-box";

export const SECRETS_REVISION_KEY = "secrets_revision";

export type SecretsSource = () => Promise<Record<string, string>>;

/**
 * The secrets an HTTP step may render: SECRET_* from the environment and the stored ones,
 * opened with the workspace key. Kept opened in memory and read again only when the
 * revision row moved (one small read per use), so a replaced secret is used by the very
 * next step, in whichever thread or instance.
 */
export function workspaceSecrets(sql: RawConnection, env: NodeJS.ProcessEnv = process.env): SecretsSource {
  let cached: { revision: string | null; values: Promise<Record<string, string>> } | null = null;

  async function load(): Promise<Record<string, string>> {
    const rows = await sql.query<{ name: string; ciphertext: string; keyId: string }>(`SELECT "name", "ciphertext", "keyId" FROM "Secret"`);
    const keys = rows.length ? encryptionKeys(env).all : [];
    return { ...Object.fromEntries(rows.map((row) => [row.name, open(row, row.name, keys)])), ...secretsFromEnv(env) };
  }

  return async () => {
    const [row] = await sql.query<{ value: unknown }>(`SELECT "value" FROM "Setting" WHERE "key" = $1`, [SECRETS_REVISION_KEY]);
    const revision = row ? String(sql.json(row.value)) : null;
    if (!cached || cached.revision !== revision) {
      const values = load();
      cached = { revision, values };
      values.catch(() => cached?.values === values && (cached = null));
    }
    return cached.values;
  };
}
