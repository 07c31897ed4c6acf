import { hashPassword } from "../auth/password";
import { PASSWORD_MIN } from "../auth/password-rules";
import type { Db } from "../db/client";

/**
 * Sets a member's password from the server's shell: the way back in when the last owner
 * forgot theirs (there is no mail server to send a reset link). Ends all their sessions.
 */
export async function resetPassword(db: Db, email: string, password: string): Promise<{ name: string; endedSessions: number }> {
  if (password.length < PASSWORD_MIN) throw new Error(`The new password must be at least ${PASSWORD_MIN} characters`);
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) throw new Error(`Nobody in this workspace signs in with ${email}`);
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  const { count } = await db.session.deleteMany({ where: { userId: user.id } });
  await db.auditEvent.create({ data: { actorName: "npm run user:reset-password", action: "user.password_changed", target: user.email, detail: { otherSessionsEnded: count } } });
  return { name: user.name, endedSessions: count };
}
