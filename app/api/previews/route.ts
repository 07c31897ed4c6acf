import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/api/api-route";
import { createPreviewBody } from "@/lib/preview/preview-schemas";
import { openPreview } from "@/lib/preview/preview-registry";
import { appSecrets } from "@/lib/secrets/app-secrets";

/** Opens a preview of the draft sent in the body; nothing is saved. */
export const POST = apiRoute(async ({ request, db }) => {
  const body = await readJson(request, createPreviewBody);
  const session = openPreview(body.journeyId, body.document, await appSecrets(db), body.contact);
  return NextResponse.json(session.snapshot(), { status: 201 });
}, { permission: "journeys:write" });
