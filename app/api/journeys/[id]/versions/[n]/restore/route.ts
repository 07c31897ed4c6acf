import { apiRoute, parseWith, readOptionalJson } from "@/lib/api/api-route";
import { basedOnBody, versionNumber } from "@/lib/journeys/api-schemas";
import { journeyStore } from "@/lib/journeys/journey-store";

/** Copies a published version into the draft; the versions themselves never change. */
export const POST = apiRoute<{ id: string; n: string }>(async ({ request, params, db, audit }) => {
  const version = parseWith(versionNumber, params.n);
  const { updatedAt } = await readOptionalJson(request, basedOnBody);
  const journey = await journeyStore(db).restore(params.id, version, updatedAt);
  await audit("journey.restored", params.id, { name: journey.name, version });
  return { journey };
}, { permission: "journeys:write" });
