import "server-only";
import { DomainError, notFound } from "../errors/domain-error";
import type { Db } from "../db/client";
import { bumpRevision } from "../db/bump-revision";
import { writeTransaction } from "../db/write-transaction";
import { secretsFromEnv } from "../config/env-secrets";
import { encryptionKeys } from "../crypto/encryption-keys";
import { seal } from "../crypto/secret-box";
import { SECRETS_REVISION_KEY } from "./workspace-secrets";

export type SecretSummary = { name: string; source: "stored" | "environment"; updatedAt: string | null };

/**
 * Named secrets for HTTP steps. Write-only: values go in sealed and come out only to
 * the step that renders them (workspace-secrets.ts); nothing here returns one.
 */
export function secretStore(db: Db) {
  return {
    async list(): Promise<SecretSummary[]> {
      const stored = await db.secret.findMany({ where: { NOT: { name: { startsWith: "channel:" } } }, select: { name: true, updatedAt: true }, orderBy: { name: "asc" } });
      const fromEnv = Object.keys(secretsFromEnv()).sort();
      return [
        ...fromEnv.map((name) => ({ name, source: "environment" as const, updatedAt: null })),
        ...stored.filter((s) => !fromEnv.includes(s.name)).map((s) => ({ name: s.name, source: "stored" as const, updatedAt: s.updatedAt.toISOString() })),
      ];
    },

    /** Creates or replaces; says which, for the audit log. */
    async put(name: string, value: string, userId: string | null): Promise<"created" | "replaced"> {
      refuseEnvironmentName(name);
      const sealed = seal(value, name, encryptionKeys().current);
      return writeTransaction(db, async (tx) => {
        const existing = await tx.secret.findUnique({ where: { name }, select: { name: true } });
        await tx.secret.upsert({ where: { name }, create: { name, ...sealed, updatedById: userId }, update: { ...sealed, updatedById: userId } });
        await bumpRevision(tx, SECRETS_REVISION_KEY);
        return existing ? "replaced" : "created";
      });
    },

    async remove(name: string) {
      refuseEnvironmentName(name);
      await writeTransaction(db, async (tx) => {
        const { count } = await tx.secret.deleteMany({ where: { name } });
        if (count === 0) throw notFound("Secret");
        await bumpRevision(tx, SECRETS_REVISION_KEY);
      });
    },
  };
}

function refuseEnvironmentName(name: string) {
  if (name in secretsFromEnv()) {
    throw new DomainError("conflict", "set_by_environment", `${name} comes from the environment (SECRET_${name.toUpperCase()}): change it there`);
  }
}
