import "server-only";
import { DomainError, notFound } from "../errors/domain-error";
import type { Principal } from "../auth/principal";
import { roleWithin, type Role } from "../auth/roles";
import { newSecretToken, tokenHash } from "../crypto/secret-token";
import type { Db } from "../db/client";
import type { TokenSummary } from "./api-schemas";

/** Personal API tokens: each acts as its user, with at most the role it was given. */
export function apiTokens(db: Db) {
  return {
    async list(userId: string): Promise<TokenSummary[]> {
      const rows = await db.apiToken.findMany({ where: { userId, revokedAt: null }, orderBy: { createdAt: "desc" } });
      return rows.map(toSummary);
    },

    async create(principal: Principal, input: { name: string; role: Role; expiresInDays: number | null }) {
      // A token minting tokens would outlive its own revocation; only a signed-in person makes them.
      if (principal.kind !== "session" || !principal.userId) throw new DomainError("forbidden", "session_required", "Tokens are created by a signed-in member, not by another token");
      if (!roleWithin(input.role, principal.role)) {
        throw new DomainError("forbidden", "role_too_high", `A token's role is at most yours (${principal.role})`, { issues: [{ path: "role", code: "role_too_high", message: `At most ${principal.role}` }] });
      }
      const token = newSecretToken("jst");
      const row = await db.apiToken.create({
        data: {
          userId: principal.userId,
          name: input.name,
          role: input.role,
          tokenHash: tokenHash(token),
          prefix: token.slice(0, 10),
          expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
        },
      });
      return { token, record: toSummary(row) };
    },

    /** A member revokes their own tokens; an owner anyone's. */
    async revoke(principal: Principal, id: string) {
      const row = await db.apiToken.findUnique({ where: { id } });
      if (!row || row.revokedAt || (row.userId !== principal.userId && !principal.can("workspace:manage"))) throw notFound("Token");
      await db.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
      return row;
    },
  };
}

function toSummary(row: { id: string; name: string; role: string; prefix: string; createdAt: Date; expiresAt: Date | null; lastUsedAt: Date | null }): TokenSummary {
  return {
    id: row.id,
    name: row.name,
    role: row.role as Role,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}
