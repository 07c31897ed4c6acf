import "server-only";
import type { NextResponse } from "next/server";
import type { Db } from "../db/client";
import { CSRF_COOKIE, SESSION_COOKIE } from "./cookie-names";
import { newSecretToken, tokenHash } from "../crypto/secret-token";

const SESSION_MS = 30 * 24 * 60 * 60 * 1000;

export type SessionMeta = { userAgent: string | null; ip: string | null };

/**
 * A new session for `userId`. The session the browser came with (if any) ends: a session
 * id never survives a sign-in, so one planted before it is worth nothing after.
 */
export async function startSession(db: Db, userId: string, meta: SessionMeta, previousCookie?: string) {
  const token = newSecretToken("jss");
  const csrfToken = newSecretToken("csrf");
  const expiresAt = new Date(Date.now() + SESSION_MS);
  if (previousCookie) await db.session.deleteMany({ where: { id: tokenHash(previousCookie) } });
  await db.session.create({
    data: { id: tokenHash(token), userId, csrfToken, expiresAt, userAgent: meta.userAgent?.slice(0, 300) ?? null, ip: meta.ip },
  });
  return { token, csrfToken, expiresAt };
}

export async function endSession(db: Db, cookie: string | undefined): Promise<void> {
  if (cookie) await db.session.deleteMany({ where: { id: tokenHash(cookie) } });
}

export function setSessionCookies(response: NextResponse, session: { token: string; csrfToken: string; expiresAt: Date }, secure: boolean) {
  const common = { sameSite: "lax" as const, secure, path: "/", expires: session.expiresAt };
  response.cookies.set(SESSION_COOKIE, session.token, { ...common, httpOnly: true });
  response.cookies.set(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(response: NextResponse) {
  response.cookies.delete(SESSION_COOKIE);
  response.cookies.delete(CSRF_COOKIE);
}

/** `Secure` cookies whenever the browser talks https, directly or through a proxy. */
export function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

/**
 * The client's address as the nearest proxy saw it: the last X-Forwarded-For entry (Next
 * fills it from the socket when no proxy did). Only as trustworthy as that proxy.
 */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  return forwarded?.split(",").pop()?.trim().slice(0, 64) || null;
}
