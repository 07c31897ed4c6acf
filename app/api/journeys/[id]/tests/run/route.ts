import { apiRoute, readOptionalJson } from "@/lib/api/api-route";
import { runTestsBody } from "@/lib/journey-tests/api-schemas";
import { runTests } from "@/lib/journey-tests/run-tests";
import { journeyStore } from "@/lib/journeys/journey-store";

/** Runs the journey's conversation tests (the saved draft's, or those of `document`): results, diffs and coverage. Changes nothing. */
export const POST = apiRoute<{ id: string }>(async ({ request, params, db }) => {
  const body = await readOptionalJson(request, runTestsBody);
  const document = body.document ?? (await journeyStore(db).get(params.id)).document;
  return runTests(document);
}, { permission: "read" });
