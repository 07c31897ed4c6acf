import "server-only";
import { DomainError, notFound } from "../errors/domain-error";
import { hashPassword } from "../auth/password";
import { newSecretToken, tokenHash } from "../crypto/secret-token";
import type { Role } from "../auth/roles";
import type { Db } from "../db/client";
import { writeTransaction } from "../db/write-transaction";
import type { InviteSummary } from "./api-schemas";

/** Invitation links: the token is in the link only (shown once), the database keeps its hash. */
export function invites(db: Db) {
  return {
    async create(input: { role: Role; note: string; expiresInHours: number }, createdById: string | null) {
      const token = newSecretToken("jsi");
      const invite = await db.invite.create({
        data: { tokenHash: tokenHash(token), role: input.role, note: input.note, createdById, expiresAt: new Date(Date.now() + input.expiresInHours * 3_600_000) },
      });
      return { token, invite: toSummary(invite) };
    },

    async pending(): Promise<InviteSummary[]> {
      const rows = await db.invite.findMany({
        where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: "desc" },
      });
      return rows.map(toSummary);
    },

    async revoke(id: string) {
      const { count } = await db.invite.updateMany({ where: { id, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
      if (count === 0) throw notFound("Pending invitation");
    },

    /** The invitation a link stands for, while it can still be used. */
    async usable(token: string) {
      const invite = await db.invite.findUnique({ where: { tokenHash: tokenHash(token) } });
      if (!invite || invite.acceptedAt || invite.revokedAt || invite.expiresAt.getTime() <= Date.now()) return null;
      return invite;
    },

    /**
     * Marks the invitation used and creates the member in one transaction: a link opened
     * twice at once makes one member.
     */
    async accept(token: string, user: { name: string; email: string; password: string }) {
      const passwordHash = await hashPassword(user.password);
      return writeTransaction(db, async (tx) => {
        const invite = await tx.invite.findUnique({ where: { tokenHash: tokenHash(token) } });
        const now = new Date();
        if (!invite || invite.acceptedAt || invite.revokedAt || invite.expiresAt <= now) {
          throw new DomainError("gone", "invite_unusable", "This invitation link has expired, was used or was withdrawn: ask for a new one");
        }
        if (await tx.user.findUnique({ where: { email: user.email } })) {
          throw new DomainError("conflict", "email_taken", "Someone in this workspace already signs in with that email", {
            issues: [{ path: "email", code: "email_taken", message: "Someone in this workspace already signs in with that email" }],
          });
        }
        const created = await tx.user.create({ data: { name: user.name, email: user.email, passwordHash, role: invite.role } });
        await tx.invite.update({ where: { id: invite.id }, data: { acceptedAt: now, acceptedBy: created.id } });
        return created;
      });
    },
  };
}

function toSummary(row: { id: string; role: string; note: string; createdAt: Date; expiresAt: Date }): InviteSummary {
  return { id: row.id, role: row.role as Role, note: row.note, createdAt: row.createdAt.toISOString(), expiresAt: row.expiresAt.toISOString() };
}
