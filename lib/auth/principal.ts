import "server-only";
import type { Db } from "../db/client";
import { can, type Permission, type Role } from "./roles";
import { tokenHash } from "../crypto/secret-token";
import { timingSafeEqual } from "../crypto/timing-safe-equal";

/** Who is asking: a signed-in browser, a personal API token, or the workspace's APP_API_TOKEN. */
export type Principal = {
  kind: "session" | "token" | "workspace-token";
  userId: string | null;
  /** For the audit log: "Ann Lee" or "token “CI” of Ann Lee". */
  name: string;
  role: Role;
  can(permission: Permission): boolean;
  sessionId?: string;
  csrfToken?: string;
};

const TOUCH_MS = 60_000;

/** Bearer tokens first (an API client never has the cookie), then the session cookie. */
export async function authenticate(db: Db, headers: Headers, sessionCookie: string | undefined): Promise<Principal | null> {
  const header = headers.get("authorization");
  if (header?.startsWith("Bearer ")) return fromBearer(db, header.slice(7).trim());
  return sessionCookie ? fromSession(db, sessionCookie) : null;
}

export async function fromSession(db: Db, cookie: string): Promise<Principal | null> {
  const session = await db.session.findUnique({ where: { id: tokenHash(cookie) }, include: { user: true } });
  const now = Date.now();
  if (!session || session.expiresAt.getTime() <= now) return null;
  if (now - session.lastSeenAt.getTime() > TOUCH_MS) {
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } }).catch(() => undefined);
  }
  const role = session.user.role as Role;
  return {
    kind: "session",
    userId: session.userId,
    name: session.user.name,
    role,
    can: (permission) => can(role, permission),
    sessionId: session.id,
    csrfToken: session.csrfToken,
  };
}

async function fromBearer(db: Db, value: string): Promise<Principal | null> {
  const workspace = process.env.APP_API_TOKEN;
  if (workspace && timingSafeEqual(value, workspace)) {
    return { kind: "workspace-token", userId: null, name: "APP_API_TOKEN", role: "owner", can: () => true };
  }
  if (!value.startsWith("jst_")) return null;
  const token = await db.apiToken.findUnique({ where: { tokenHash: tokenHash(value) }, include: { user: true } });
  const now = Date.now();
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt.getTime() <= now)) return null;
  if (!token.lastUsedAt || now - token.lastUsedAt.getTime() > TOUCH_MS) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date(now) } }).catch(() => undefined);
  }
  const role = token.role as Role;
  const userRole = token.user.role as Role;
  // The owner's role may have been lowered since: the token never does more than they may now.
  return {
    kind: "token",
    userId: token.userId,
    name: `token “${token.name}” of ${token.user.name}`,
    role,
    can: (permission) => can(role, permission) && can(userRole, permission),
  };
}
