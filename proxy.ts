import { NextResponse, type NextRequest } from "next/server";
import { isAuthorized, SESSION_COOKIE } from "./lib/api/auth";

/**
 * With APP_API_TOKEN set, pages need the session cookie from /login. API routes check
 * the token (or the cookie) themselves, so that they answer 401 JSON, not a redirect.
 */
export async function proxy(request: NextRequest) {
  if (await isAuthorized(request.headers, request.cookies.get(SESSION_COOKIE)?.value)) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("next", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!api/|login|_next/|favicon\\.ico|.*\\.(?:png|svg|ico|txt)$).*)"],
};
