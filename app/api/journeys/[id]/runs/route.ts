import { NextResponse } from "next/server";
import { ApiError } from "@/lib/api/api-error";
import { notFound } from "@/lib/errors/domain-error";
import { apiRoute, readJson } from "@/lib/api/api-route";
import { getRuntime } from "@/lib/engine/runtime-host";
import { compileJourney } from "@/lib/engine/compile-journey";
import { journeyDocumentSchema } from "@/lib/journey/document-schema";
import { startRunBody } from "@/lib/runs/api-schemas";
import { startChannel } from "@/lib/channels/start-channel";
import { contactKey } from "@/lib/whatsapp/normalize-reply";

/**
 * Starts a business-initiated run at the journey's API trigger, on its live version:
 * 202 with the run id; the run itself proceeds in the contact's lane.
 */
export const POST = apiRoute<{ id: string }>(async ({ request, params, db }) => {
  const body = await readJson(request, startRunBody);
  const live = await db.journeyVersion.findFirst({ where: { journeyId: params.id }, orderBy: { version: "desc" } });
  if (!live) {
    if (!(await db.journey.findUnique({ where: { id: params.id }, select: { id: true } }))) throw notFound("Journey");
    throw new ApiError(409, "not_published", "Publish the journey before starting runs");
  }
  if (!(await db.journey.findUnique({ where: { id: params.id }, select: { active: true } }))?.active) {
    throw new ApiError(409, "journey_inactive", "The journey is turned off; turn it on to start runs");
  }
  if (!compileJourney(journeyDocumentSchema.parse(live.document)).triggers.some((t) => t.type === "trigger.api")) {
    throw new ApiError(409, "no_api_trigger", "The live version has no API trigger; add one and publish");
  }
  const channelId = await startChannel(db, body.channel);
  const contact = await db.contact.findUnique({ where: { channelId_key: { channelId, key: contactKey(body.contact) } }, select: { optedOutAt: true } });
  if (contact?.optedOutAt) {
    throw new ApiError(409, "opted_out", `The contact opted out on ${contact.optedOutAt.toISOString()}: no journey starts for them until they write an opt-in keyword`);
  }
  const runId = await (await getRuntime()).startApiRun(params.id, body.contact, channelId, body.vars);
  return NextResponse.json({ runId, version: live.version }, { status: 202 });
}, { permission: "runs:write" });
