import { NextResponse } from "next/server";
import { apiRoute, readOptionalJson } from "@/lib/api/api-route";
import { basedOnBody } from "@/lib/journeys/api-schemas";
import { journeyStore } from "@/lib/journeys/journey-store";
import { runTests } from "@/lib/journey-tests/run-tests";

/** 201 with the new version number, or 422 with the issues that block it. */
export const POST = apiRoute<{ id: string }>(async ({ request, params, db, audit }) => {
  const { updatedAt } = await readOptionalJson(request, basedOnBody);
  const published = await journeyStore(db).publish(params.id, updatedAt, runTests);
  await audit("journey.published", params.id, { name: await journeyStore(db).name(params.id), version: published.version });
  return NextResponse.json(published, { status: 201 });
}, { permission: "journeys:write" });
