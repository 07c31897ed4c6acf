import { z } from "zod";
import { apiRoute, parseWith, readOptionalJson } from "@/lib/api/api-route";
import { basedOnBody } from "@/lib/journeys/api-schemas";
import { journeyStore } from "@/lib/journeys/journey-store";

const versionNumber = z.coerce.number().int().min(1, { error: "Versions are numbered from 1" });

/** Copies a published version into the draft; the versions themselves never change. */
export const POST = apiRoute<{ id: string; n: string }>(async ({ request, params, db }) => {
  const version = parseWith(versionNumber, params.n);
  const { updatedAt } = await readOptionalJson(request, basedOnBody);
  return { journey: await journeyStore(db).restore(params.id, version, updatedAt) };
});
