import "server-only";
import { DomainError, notFound } from "../errors/domain-error";
import { hashPassword, verifyNothing, verifyPassword } from "../auth/password";
import type { Role } from "../auth/roles";
import type { Db } from "../db/client";
import { writeTransaction, type Tx } from "../db/write-transaction";
import type { MemberSummary } from "./api-schemas";

type NewUser = { name: string; email: string; password: string };

/**
 * The people of the workspace. There is always at least one owner once set up: the last
 * owner can be neither demoted nor removed, so nobody can lock the workspace out of itself.
 */
export function accounts(db: Db) {
  return {
    async isSetUp(): Promise<boolean> {
      return (await db.user.count({ where: { role: "owner" } })) > 0;
    },

    /** The first owner. Only once: a second attempt (or a race between two) is a 409. */
    async createOwner(user: NewUser) {
      const passwordHash = await hashPassword(user.password);
      return writeTransaction(db, async (tx) => {
        if ((await tx.user.count()) > 0) throw new DomainError("conflict", "already_set_up", "This workspace already has an owner: sign in instead");
        return tx.user.create({ data: { name: user.name, email: user.email, passwordHash, role: "owner" } });
      });
    },

    /** The user these credentials belong to, or null; as slow for an unknown email as for a wrong password. */
    async verify(email: string, password: string) {
      const user = await db.user.findUnique({ where: { email } });
      if (!user) return verifyNothing(password).then(() => null);
      return (await verifyPassword(password, user.passwordHash)) ? user : null;
    },

    async list(youId: string | null): Promise<MemberSummary[]> {
      const users = await db.user.findMany({ orderBy: { createdAt: "asc" } });
      return users.map((u) => ({ id: u.id, name: u.name, email: u.email, role: u.role as Role, createdAt: u.createdAt.toISOString(), you: u.id === youId }));
    },

    async get(id: string) {
      const user = await db.user.findUnique({ where: { id } });
      if (!user) throw notFound("Member");
      return user;
    },

    /** A role change takes effect on the member's next request: sessions and tokens read the role live. */
    async setRole(id: string, role: Role) {
      return writeTransaction(db, async (tx) => {
        const user = await tx.user.findUnique({ where: { id } });
        if (!user) throw notFound("Member");
        if (user.role === "owner" && role !== "owner") await keepAnOwner(tx, id);
        return tx.user.update({ where: { id }, data: { role } });
      });
    },

    /** Removing a member ends their sessions and tokens with them (cascade). */
    async remove(id: string) {
      return writeTransaction(db, async (tx) => {
        const user = await tx.user.findUnique({ where: { id } });
        if (!user) throw notFound("Member");
        if (user.role === "owner") await keepAnOwner(tx, id);
        await tx.user.delete({ where: { id } });
        return user;
      });
    },

    /** A new password; every other session of the member ends with the old one. */
    async setPassword(userId: string, password: string, keepSessionId?: string) {
      await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(password) } });
      return this.endSessions(userId, keepSessionId);
    },

    /** Signs the member out everywhere but `keepSessionId`. */
    async endSessions(userId: string, keepSessionId?: string) {
      const { count } = await db.session.deleteMany({ where: { userId, ...(keepSessionId && { id: { not: keepSessionId } }) } });
      return count;
    },
  };
}

async function keepAnOwner(tx: Tx, leaving: string) {
  const others = await tx.user.count({ where: { role: "owner", id: { not: leaving } } });
  if (others === 0) throw new DomainError("conflict", "last_owner", "The workspace needs an owner: make someone else owner first");
}
