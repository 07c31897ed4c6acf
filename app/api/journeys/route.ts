import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/api/api-route";
import { blankJourney } from "@/lib/journey/blank-journey";
import { createJourneyBody } from "@/lib/journeys/api-schemas";
import { journeyStore } from "@/lib/journeys/journey-store";
import { withLiveWarnings } from "@/lib/journeys/live-warnings";

export const GET = apiRoute(async ({ db }) => ({ journeys: await withLiveWarnings(db, await journeyStore(db).list()) }), { permission: "read" });

export const POST = apiRoute(async ({ request, db, audit }) => {
  const body = await readJson(request, createJourneyBody);
  const document = body.document ? { ...body.document, ...(body.name && { name: body.name }) } : blankJourney(body.name!);
  const journey = await journeyStore(db).create(document);
  await audit("journey.created", journey.id, { name: journey.name });
  return NextResponse.json({ journey }, { status: 201 });
}, { permission: "journeys:write" });
