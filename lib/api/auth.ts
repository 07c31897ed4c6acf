/**
 * APP_API_TOKEN protects every /api/ route but the webhooks (which 8x8 authenticates with
 * its own header) and, through a session cookie set at /login, the pages. Web Crypto
 * only, so the same code runs in the proxy and in route handlers.
 */
export const SESSION_COOKIE = "journey_studio_session";

export function apiToken(): string | undefined {
  return process.env.APP_API_TOKEN || undefined;
}

/** The cookie holds a hash of the token, never the token itself. */
export async function sessionValue(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`journey-studio-session:${token}`));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

export async function isAuthorized(headers: Headers, cookie: string | undefined): Promise<boolean> {
  const token = apiToken();
  if (!token) return true;
  const header = headers.get("authorization");
  if (header?.startsWith("Bearer ") && timingSafeEqual(header.slice(7), token)) return true;
  return cookie !== undefined && timingSafeEqual(cookie, await sessionValue(token));
}

export function timingSafeEqual(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a);
  const right = new TextEncoder().encode(b);
  let diff = left.length ^ right.length;
  for (let i = 0; i < Math.max(left.length, right.length); i++) diff |= (left[i] ?? 0) ^ (right[i] ?? 0);
  return diff === 0;
}
