import { NextResponse } from "next/server";
import { ApiError } from "@/lib/api/api-error";
import { publicRoute, readJson } from "@/lib/api/api-route";
import { recordAudit } from "@/lib/audit/audit-log";
import { fromSession } from "@/lib/auth/principal";
import { SESSION_COOKIE } from "@/lib/auth/cookie-names";
import { clearSessionCookies, clientAddress, endSession } from "@/lib/auth/sessions";
import { checkSignInAllowed, signedIn, signInFailed } from "@/lib/workspace/sign-in";
import { accounts } from "@/lib/workspace/accounts";
import { signInBody } from "@/lib/workspace/api-schemas";

/** Signs in with email and password: a new session, its cookies on the answer. */
export const POST = publicRoute(async ({ request, db }) => {
  const { email, password } = await readJson(request, signInBody);
  checkSignInAllowed(request, email);
  const user = await accounts(db).verify(email, password);
  if (!user) {
    await signInFailed(db, request, email);
    throw new ApiError(401, "wrong_credentials", "That email and password do not match a member of this workspace");
  }
  await recordAudit(db, { userId: user.id, name: user.name, ip: clientAddress(request.headers) }, "user.signed_in", user.email);
  return signedIn(db, request, user, { user: { id: user.id, name: user.name, email: user.email, role: user.role } });
});

/** Signs out: the session ends on the server, not only in this browser. */
export const DELETE = publicRoute(async ({ request, db }) => {
  const cookie = request.cookies.get(SESSION_COOKIE)?.value;
  const principal = cookie ? await fromSession(db, cookie) : null;
  await endSession(db, cookie);
  if (principal) await recordAudit(db, { userId: principal.userId, name: principal.name, ip: clientAddress(request.headers) }, "user.signed_out");
  const response = NextResponse.json({ ok: true });
  clearSessionCookies(response);
  return response;
});
