import { apiRoute, parseWith } from "@/lib/api/api-route";
import { versionNumber } from "@/lib/journeys/api-schemas";
import { journeyStore } from "@/lib/journeys/journey-store";

/** One published version's document, as it was frozen: the editor compares the draft with it. */
export const GET = apiRoute<{ id: string; n: string }>(async ({ params, db }) => ({
  version: await journeyStore(db).version(params.id, parseWith(versionNumber, params.n)),
}), { permission: "read" });
