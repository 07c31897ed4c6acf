import "server-only";
import { logger } from "../log/logger";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { getDb, type Db } from "../db/client";
import { dottedPath } from "../schemas/validation-issue";
import { JsonTooDeepError, parseBoundedJson } from "../json/bounded-json";
import { ApiError, badRequest, statusOf, type ApiErrorBody } from "./api-error";
import { DomainError } from "../errors/domain-error";
import { appEnv } from "../config/env";
import type { AuditAction } from "../audit/audit-actions";
import { recordAudit } from "../audit/audit-log";
import { authenticate, type Principal } from "../auth/principal";
import type { Permission } from "../auth/roles";
import { CSRF_HEADER, SESSION_COOKIE } from "../auth/cookie-names";
import { clientAddress } from "../auth/sessions";
import { timingSafeEqual } from "../crypto/timing-safe-equal";
import { isCrossSiteWrite, ownOrigins, SAFE_METHODS } from "./cross-site";

type Audit = (action: AuditAction, target?: string | null, detail?: Record<string, unknown>) => Promise<void>;
type BaseContext<P> = { request: NextRequest; params: P; db: Db };
type Context<P> = BaseContext<P> & { principal: Principal; audit: Audit };

type Options = {
  /** What the caller must be allowed: every route says, so none is open by omission (see publicRoute). */
  permission: Permission;
};

/**
 * Every route handler goes through here: who is asking (session cookie, personal token
 * or APP_API_TOKEN) and whether their role allows the route, CSRF for cookie writes, one
 * place that turns ApiErrors into their status and anything unexpected into a logged 500,
 * and JSON answers. Handlers return data (200) or a Response of their own.
 */
export function apiRoute<P = Record<string, string>>(handler: (context: Context<P>) => Promise<unknown>, options: Options) {
  return answer<P>(async (request, params) => {
    const db = await getDb();
    const principal = await authenticate(db, request.headers, request.cookies.get(SESSION_COOKIE)?.value);
    if (!principal) throw new ApiError(401, "unauthorized", "Sign in, or send Authorization: Bearer <API token>");
    refuseCrossSite(request);
    if (principal.kind === "session" && !SAFE_METHODS.has(request.method)) {
      // The cookie rides along on any request the browser makes; this header only comes
      // from a script that could read the CSRF cookie, i.e. one of the app's own pages.
      if (!timingSafeEqual(request.headers.get(CSRF_HEADER) ?? "", principal.csrfToken ?? "")) {
        throw new ApiError(403, "csrf", `A signed-in browser's changes must carry the ${CSRF_HEADER} header from the page; reload the page and try again`);
      }
    }
    if (!principal.can(options.permission)) throw new ApiError(403, "forbidden", `Your role (${principal.role}) does not allow this`);
    const actor = { userId: principal.userId, name: principal.name, ip: clientAddress(request.headers) };
    const audit: Audit = (action, target, detail) => recordAudit(db, actor, action, target, detail);
    return handler({ request, params, db, principal, audit });
  });
}

/** For the few routes open without a principal: the 8x8 webhooks, health, sign-in, setup, invitations. */
export function publicRoute<P = Record<string, string>>(handler: (context: BaseContext<P>) => Promise<unknown>) {
  return answer<P>(async (request, params) => {
    refuseCrossSite(request);
    return handler({ request, params, db: await getDb() });
  });
}

function answer<P>(run: (request: NextRequest, params: P) => Promise<unknown>) {
  return async (request: NextRequest, route: { params: Promise<P> }) => {
    try {
      const result = await run(request, await route.params);
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

function refuseCrossSite(request: NextRequest) {
  if (isCrossSiteWrite(request, () => ownOrigins(request, appEnv().PUBLIC_URL))) {
    throw new ApiError(403, "cross_site", "This request came from another site's page; changes are accepted only from Journey Studio's own pages or with a token");
  }
}

export function errorResponse(error: unknown): NextResponse<ApiErrorBody> {
  if (error instanceof DomainError) {
    const retryAfter = typeof error.details.retryAfter === "number" ? { "Retry-After": String(error.details.retryAfter) } : undefined;
    return NextResponse.json({ error: { code: error.code, message: error.message, ...error.details } }, { status: statusOf(error), headers: retryAfter });
  }
  const id = crypto.randomUUID();
  logger().error({ err: error, errorId: id }, "unexpected error in a route");
  return NextResponse.json({ error: { code: "internal", message: `Something went wrong on our side (error ${id})` } }, { status: 500 });
}

export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** The request body, as JSON, checked against `schema`; every failure is a 4xx with paths. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  return parseWith(schema, await readJsonValue(request));
}

/** Like readJson, for bodies that may be left out: an empty body parses as `{}`. */
export async function readOptionalJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  return parseWith(schema, await readJsonValue(request, { optional: true }));
}

export async function readJsonValue(request: Request, options: { optional?: boolean; maxBytes?: number } = {}): Promise<unknown> {
  const maxBytes = options.maxBytes ?? MAX_BODY_BYTES;
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new ApiError(413, "too_large", `The body is larger than ${maxBytes} bytes`);
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw new ApiError(413, "too_large", `The body is larger than ${maxBytes} bytes`);
  if (!text.trim()) {
    if (options.optional) return {};
    throw badRequest("The request needs a JSON body");
  }
  try {
    return parseBoundedJson(text);
  } catch (error) {
    if (error instanceof JsonTooDeepError) throw new ApiError(413, "too_deep", `The body is nested deeper than ${error.maxDepth} levels`);
    throw badRequest(`The body is not valid JSON: ${(error as Error).message}`);
  }
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw badRequest(
    "The request is not valid",
    result.error.issues.map((issue) => ({ path: dottedPath(issue.path), code: issue.code, message: issue.message })),
  );
}
