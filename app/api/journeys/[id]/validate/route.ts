import { apiRoute, readOptionalJson } from "@/lib/api/api-route";
import { validateJourney } from "@/lib/journey/validate-journey";
import { validateBody, type ValidateAnswer } from "@/lib/journeys/api-schemas";
import { journeyStore } from "@/lib/journeys/journey-store";
import { workspaceChecks } from "@/lib/journeys/workspace-checks";

/** Validates the saved draft, or the unsaved `document` in the body. */
export const POST = apiRoute<{ id: string }>(async ({ request, params, db }) => {
  const body = await readOptionalJson(request, validateBody);
  const document = body.document ?? (await journeyStore(db).get(params.id)).document;
  const issues = validateJourney(document, undefined, await workspaceChecks(db, params.id));
  const errors = issues.filter((i) => i.severity === "error").length;
  return { valid: errors === 0, errors, warnings: issues.length - errors, issues } satisfies ValidateAnswer;
}, { permission: "read" });
