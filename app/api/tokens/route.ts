import { NextResponse } from "next/server";
import { ApiError } from "@/lib/api/api-error";
import { apiRoute, readJson } from "@/lib/api/api-route";
import { apiTokens } from "@/lib/workspace/api-tokens";
import { createTokenBody } from "@/lib/workspace/api-schemas";

/** The caller's own tokens (never their values). */
export const GET = apiRoute(
  async ({ db, principal }) => {
    if (!principal.userId) throw new ApiError(400, "no_account", "APP_API_TOKEN belongs to no member");
    return { tokens: await apiTokens(db).list(principal.userId) };
  },
  { permission: "read" },
);

/** A new token; its value is in this answer and nowhere else, ever. */
export const POST = apiRoute(
  async ({ request, db, principal, audit }) => {
    const body = await readJson(request, createTokenBody);
    const { token, record } = await apiTokens(db).create(principal, body);
    await audit("token.created", record.name, { id: record.id, role: record.role, expiresAt: record.expiresAt });
    return NextResponse.json({ token, record }, { status: 201 });
  },
  { permission: "read" },
);
