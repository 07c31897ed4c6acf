import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/api/api-route";
import { createPreviewBody } from "@/lib/preview/preview-schemas";
import { openPreview } from "@/lib/preview/preview-registry";

/** Opens a preview of the draft sent in the body; nothing is saved. */
export const POST = apiRoute(async ({ request }) => {
  const body = await readJson(request, createPreviewBody);
  const session = openPreview(body.journeyId, body.document, body.contact);
  return NextResponse.json(session.snapshot(), { status: 201 });
});
