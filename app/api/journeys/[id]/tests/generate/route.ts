import { apiRoute, readOptionalJson } from "@/lib/api/api-route";
import { runTestsBody } from "@/lib/journey-tests/api-schemas";
import { generateTests } from "@/lib/journey-tests/generate-tests";
import { journeyStore } from "@/lib/journeys/journey-store";

/**
 * Draft tests that take every output the journey can be driven to (of the saved draft, or
 * of `document`), numbered after its tests. Nothing is saved: the editor offers them to keep.
 */
export const POST = apiRoute<{ id: string }>(async ({ request, params, db }) => {
  const body = await readOptionalJson(request, runTestsBody);
  const document = body.document ?? (await journeyStore(db).get(params.id)).document;
  const taken = new Set((document.tests ?? []).map((t) => t.id));
  let first = (document.tests?.length ?? 0) + 1;
  while (taken.has(`test_${first}`)) first++;
  return { tests: await generateTests(document, first) };
}, { permission: "read" });
