import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute, readJson } from "@/lib/api/api-route";
import { ApiError } from "@/lib/api/api-error";
import { apiToken, sessionValue, SESSION_COOKIE, timingSafeEqual } from "@/lib/api/auth";

const loginBody = z.object({ token: z.string().min(1, { error: "Enter the access token" }) });

/** Signs the browser in with APP_API_TOKEN: the pages and their API calls then use a cookie. */
export const POST = apiRoute(
  async ({ request }) => {
    const { token } = await readJson(request, loginBody);
    const expected = apiToken();
    if (expected && !timingSafeEqual(token, expected)) throw new ApiError(401, "unauthorized", "That token is not right");
    const response = NextResponse.json({ ok: true });
    if (expected) {
      response.cookies.set(SESSION_COOKIE, await sessionValue(expected), {
        httpOnly: true,
        sameSite: "lax",
        secure: request.nextUrl.protocol === "https:",
        path: "/",
        maxAge: 60 * 60 * 24 * 30,
      });
    }
    return response;
  },
  { auth: false },
);

export const DELETE = apiRoute(
  async () => {
    const response = NextResponse.json({ ok: true });
    response.cookies.delete(SESSION_COOKIE);
    return response;
  },
  { auth: false },
);
