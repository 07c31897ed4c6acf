import { NextResponse } from "next/server";
import { apiRoute, readJsonValue } from "@/lib/api/api-route";
import { ApiError } from "@/lib/api/api-error";
import { parseJourneyDocument } from "@/lib/journey/parse-document";
import { journeyStore } from "@/lib/journeys/journey-store";

/** The body is a journey document as Export downloads it. */
export const POST = apiRoute(async ({ request, db, audit }) => {
  const parsed = parseJourneyDocument(await readJsonValue(request));
  if (!parsed.ok) {
    throw new ApiError(400, "invalid_document", "This file is not a journey/v1 document", { issues: parsed.issues });
  }
  const journey = await journeyStore(db).create(parsed.document);
  await audit("journey.created", journey.id, { name: journey.name, from: "import" });
  return NextResponse.json({ journey }, { status: 201 });
}, { permission: "journeys:write" });
