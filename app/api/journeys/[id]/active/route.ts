import { apiRoute, readJson } from "@/lib/api/api-route";
import { activationBody } from "@/lib/journeys/api-schemas";
import { journeyStore } from "@/lib/journeys/journey-store";

/**
 * Turns the journey on or off at once, without publishing: off, it starts no new runs;
 * `endWaitingRuns` also cancels the runs that still wait for a reply or a delay.
 */
export const PUT = apiRoute<{ id: string }>(async ({ request, params, db, audit }) => {
  const body = await readJson(request, activationBody);
  const result = await journeyStore(db).setActive(params.id, body.active, body.endWaitingRuns);
  const name = await journeyStore(db).name(params.id);
  await audit(body.active ? "journey.activated" : "journey.deactivated", params.id, body.active ? { name } : { name, endedRuns: result.endedRuns });
  return result;
}, { permission: "journeys:write" });
