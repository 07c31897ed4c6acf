export const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a state-changing request came from another site's page: the browser would
 * attach the session cookie (SameSite=Lax still lets a top-level form POST or a
 * `text/plain` fetch through from a sibling site), so such a request is refused whatever
 * its content type. Browsers say where a request comes from in Sec-Fetch-Site and
 * Origin; a client that is not a browser sends neither and authenticates by token.
 */
export function isCrossSiteWrite(request: Request, allowedOrigins: () => Iterable<string>): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const site = request.headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return true;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  // Worked out only here: most writes (webhooks, API clients) send no Origin at all.
  return ![...allowedOrigins()].includes(origin);
}

/** The origins this app answers on: the request's own host (as a proxy forwarded it) and PUBLIC_URL. */
export function ownOrigins(request: Request, publicUrl?: string): string[] {
  const url = new URL(request.url);
  const origins = [url.origin];
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) {
    const proto = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
    origins.push(`${proto}://${host}`);
  }
  if (publicUrl) origins.push(new URL(publicUrl).origin);
  return origins;
}
