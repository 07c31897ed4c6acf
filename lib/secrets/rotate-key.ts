import { existsSync, renameSync } from "node:fs";
import type { RawConnection } from "../db/raw-connection";
import { encryptionKeys, KEY_ENV, keyFile, newKey, nextKeyFile, writeKeyFile } from "../crypto/encryption-keys";
import { open, seal } from "../crypto/secret-box";
import { SECRETS_REVISION_KEY } from "./workspace-secrets";

/**
 * Seals every stored secret again under a new key, in one transaction.
 *
 * With the generated key file: the new key is written beside it as `.next` first, the
 * values are re-sealed, then `.next` replaces the key file. A crash at any point leaves
 * each value readable: the app opens values with either key, and a rotation that finds a
 * `.next` left behind finishes with that key rather than make a third.
 *
 * With JOURNEY_STUDIO_ENCRYPTION_KEY: the operator starts the app with the new key there
 * and the old one in JOURNEY_STUDIO_PREVIOUS_ENCRYPTION_KEY; this re-seals under the new.
 */
export async function rotateKey(sql: RawConnection, env: NodeJS.ProcessEnv = process.env): Promise<{ resealed: number; keyId: string; mode: "file" | "environment" }> {
  const mode = env[KEY_ENV] ? "environment" : "file";
  if (mode === "file") {
    encryptionKeys(env);
    if (!existsSync(nextKeyFile(env))) writeKeyFile(nextKeyFile(env), newKey(), { exclusive: true });
  }
  const keys = encryptionKeys(env);
  const target = mode === "file" ? keys.all[keys.all.length - 1] : keys.current;
  const rows = await sql.query<{ name: string; ciphertext: string; keyId: string }>(`SELECT "name", "ciphertext", "keyId" FROM "Secret"`);
  const now = new Date();
  await sql.batch([
    ...rows.map((row) => {
      const sealed = seal(open(row, row.name, keys.all), row.name, target);
      return { sql: `UPDATE "Secret" SET "ciphertext" = $1, "keyId" = $2, "updatedAt" = $3 WHERE "name" = $4`, params: [sealed.ciphertext, sealed.keyId, now, row.name] };
    }),
    {
      sql: `INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES ($1, $2, $3) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`,
      params: [SECRETS_REVISION_KEY, JSON.stringify(crypto.randomUUID()), now],
    },
  ]);
  if (mode === "file") renameSync(nextKeyFile(env), keyFile(env));
  return { resealed: rows.length, keyId: target.id, mode };
}
