import { apiRoute, readJson } from "@/lib/api/api-route";
import { updateJourneyBody } from "@/lib/journeys/api-schemas";
import { journeyStore } from "@/lib/journeys/journey-store";

type Params = { id: string };

export const GET = apiRoute<Params>(async ({ params, db }) => ({ journey: await journeyStore(db).get(params.id) }), { permission: "read" });

/** Carries the `updatedAt` the edit was based on; a newer draft answers 409. */
export const PUT = apiRoute<Params>(async ({ request, params, db }) => {
  const body = await readJson(request, updateJourneyBody);
  return { journey: await journeyStore(db).update(params.id, body) };
}, { permission: "journeys:write" });

export const DELETE = apiRoute<Params>(async ({ params, db, audit }) => {
  const name = await journeyStore(db).name(params.id);
  await journeyStore(db).remove(params.id);
  await audit("journey.deleted", params.id, { name });
  return new Response(null, { status: 204 });
}, { permission: "journeys:write" });
