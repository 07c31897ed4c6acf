import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE } from "./lib/auth/cookie-names";
import { contentSecurityPolicy, newNonce } from "./lib/api/content-security-policy";

/**
 * Runs before every page and API route:
 * - a path whose percent-encoding is malformed is a 400 in the API's error shape (Next's
 *   router would throw a bare 500 decoding it);
 * - pages get a Content-Security-Policy with a fresh nonce, and without a session cookie
 *   lead to /login (which leads to /setup until the owner exists). API routes check the
 *   session or token themselves, so that they answer 401 JSON, not a redirect.
 */
export async function proxy(request: NextRequest) {
  if (!decodable(request.nextUrl.pathname)) {
    return NextResponse.json({ error: { code: "invalid_path", message: "The path has a malformed percent-encoding (a % not followed by two hex digits, or bytes that are not UTF-8)" } }, { status: 400 });
  }
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/api/")) return NextResponse.next();
  // Only whether there is a session cookie: the pages check the session itself (and the role).
  if (!isOpenPage(pathname) && !request.cookies.has(SESSION_COOKIE)) {
    const login = new URL("/login", request.url);
    login.searchParams.set("next", pathname + request.nextUrl.search);
    return NextResponse.redirect(login);
  }
  const policy = contentSecurityPolicy(newNonce(), { dev: process.env.NODE_ENV === "development" });
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  // The pages send someone whose session ended back to sign in, and then here.
  headers.set("x-journey-path", pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/** Setup, sign-in and invitation links: the pages a person without a session must reach. */
function isOpenPage(pathname: string): boolean {
  return pathname === "/login" || pathname === "/setup" || pathname.startsWith("/invite/");
}

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  matcher: [
    // Pages (for the CSP nonce and sign-in).
    "/((?!api/|_next/static|_next/image|favicon\\.ico|.*\\.(?:png|svg|ico|txt)$).*)",
    // API paths only when percent-encoded: running the proxy on every webhook would cost
    // each one a middleware pass (measured: about half a millisecond of request-thread CPU).
    "/api/(.*%.*)",
  ],
};
