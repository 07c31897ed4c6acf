import "server-only";
import { hashPassword } from "../auth/password";
import { PASSWORD_MIN } from "../auth/password-rules";
import type { Db } from "../db/client";

/**
 * The non-interactive way to the first owner (tests, benchmarks, provisioned servers):
 * JOURNEY_STUDIO_OWNER_EMAIL and JOURNEY_STUDIO_OWNER_PASSWORD (and _NAME) create the owner
 * when the workspace has nobody yet. Never a way in afterwards: with members present it
 * does nothing, so leaving the variables set cannot reset a password.
 */
export async function bootstrapOwner(db: Db, env: Record<string, string | undefined> = process.env): Promise<string | null> {
  const email = env.JOURNEY_STUDIO_OWNER_EMAIL?.trim().toLowerCase();
  const password = env.JOURNEY_STUDIO_OWNER_PASSWORD;
  if (!email || !password) return null;
  if (password.length < PASSWORD_MIN) throw new Error(`JOURNEY_STUDIO_OWNER_PASSWORD must be at least ${PASSWORD_MIN} characters`);
  if ((await db.user.count()) > 0) return null;
  const name = env.JOURNEY_STUDIO_OWNER_NAME?.trim() || email.split("@")[0];
  await db.user.create({ data: { email, name, passwordHash: await hashPassword(password), role: "owner" } });
  await db.auditEvent.create({ data: { actorName: "JOURNEY_STUDIO_OWNER_EMAIL", action: "workspace.setup", target: email } });
  return email;
}
