import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "../db/client";
import { sameOriginPath } from "./same-origin-path";
import { accounts } from "../workspace/accounts";
import { SESSION_COOKIE } from "../auth/cookie-names";
import { fromSession, type Principal } from "../auth/principal";

/**
 * The signed-in member a page renders for. No valid session leads to sign-in (or to
 * setup while the workspace has no owner), back to this page afterwards. Cached per
 * request, so a layout and its page look the session up once.
 */
export const pagePrincipal = cache(async (): Promise<Principal> => {
  const db = await getDb();
  const cookie = (await cookies()).get(SESSION_COOKIE)?.value;
  const principal = cookie ? await fromSession(db, cookie) : null;
  if (principal) return principal;
  if (!(await accounts(db).isSetUp())) redirect("/setup");
  const path = sameOriginPath((await headers()).get("x-journey-path") ?? undefined);
  redirect(`/login?next=${encodeURIComponent(path)}`);
});
