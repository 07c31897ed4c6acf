import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { getDb, type Db } from "../db/client";
import { dottedPath } from "../journey/validation-issue";
import { JsonTooDeepError, parseBoundedJson } from "../json/bounded-json";
import { ApiError, badRequest, type ApiErrorBody } from "./api-error";
import { appEnv } from "../config/env";
import { isAuthorized, SESSION_COOKIE } from "./auth";
import { isCrossSiteWrite, ownOrigins } from "./cross-site";

type Context<P> = { request: NextRequest; params: P; db: Db };

/**
 * Every route handler goes through here: the APP_API_TOKEN check, one place that turns
 * ApiErrors into their status and anything unexpected into a logged 500, and JSON
 * answers. Handlers return data (200) or a Response of their own.
 */
export function apiRoute<P = Record<string, string>>(
  handler: (context: Context<P>) => Promise<unknown>,
  options: { auth?: boolean } = {},
) {
  return async (request: NextRequest, route: { params: Promise<P> }) => {
    try {
      if (options.auth !== false && !(await isAuthorized(request.headers, request.cookies.get(SESSION_COOKIE)?.value))) {
        throw new ApiError(401, "unauthorized", "Send Authorization: Bearer <APP_API_TOKEN>");
      }
      if (isCrossSiteWrite(request, () => ownOrigins(request, appEnv().PUBLIC_URL))) {
        throw new ApiError(403, "cross_site", "This request came from another site's page; changes are accepted only from Journey Studio's own pages or with a token");
      }
      const result = await handler({ request, params: await route.params, db: await getDb() });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export function errorResponse(error: unknown): NextResponse<ApiErrorBody> {
  if (error instanceof ApiError) {
    return NextResponse.json({ error: { code: error.code, message: error.message, ...error.details } }, { status: error.status });
  }
  const id = crypto.randomUUID();
  console.error(`[api] unexpected error ${id}`, error);
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
