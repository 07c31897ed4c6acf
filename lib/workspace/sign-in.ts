import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { DomainError } from "../errors/domain-error";
import { recordAudit } from "../audit/audit-log";
import type { Db } from "../db/client";
import { failureLimiter } from "../auth/rate-limit";
import { SESSION_COOKIE } from "../auth/cookie-names";
import { clientAddress, isHttps, setSessionCookies, startSession } from "../auth/sessions";

const WINDOW_MS = 15 * 60 * 1000;
/** Five wrong passwords lock that account's sign-in for the window, whoever tries. */
const perAccount = failureLimiter({ max: 5, windowMs: WINDOW_MS });
/** One address guessing many accounts' passwords. */
const perAddress = failureLimiter({ max: 30, windowMs: WINDOW_MS });

/** Refuses with 429 and Retry-After while the account or the address is locked out. */
export function checkSignInAllowed(request: NextRequest, email: string) {
  const address = clientAddress(request.headers) ?? "unknown";
  const wait = Math.max(perAccount.retryAfter(email), perAddress.retryAfter(address));
  if (wait > 0) {
    throw new DomainError("rate_limited", "too_many_attempts", `Too many failed sign-ins: try again in ${Math.ceil(wait / 60)} minute${wait > 60 ? "s" : ""}`, { retryAfter: wait });
  }
}

export async function signInFailed(db: Db, request: NextRequest, email: string) {
  const address = clientAddress(request.headers) ?? "unknown";
  perAccount.fail(email);
  perAddress.fail(address);
  await recordAudit(db, { userId: null, name: email, ip: clientAddress(request.headers) }, "user.sign_in_failed", email);
}

/** A fresh session for `user` (the browser's old one ends), its cookies on the answer. */
export async function signedIn(db: Db, request: NextRequest, user: { id: string; name: string; email: string }, body: unknown = { ok: true }, status = 200) {
  perAccount.reset(user.email);
  const session = await startSession(
    db,
    user.id,
    { userAgent: request.headers.get("user-agent"), ip: clientAddress(request.headers) },
    request.cookies.get(SESSION_COOKIE)?.value,
  );
  const response = NextResponse.json(body, { status });
  setSessionCookies(response, session, isHttps(request));
  return response;
}
