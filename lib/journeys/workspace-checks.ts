import "server-only";
import type { Db } from "../db/client";
import type { JourneyValidationContext } from "../journey/validate-journey";
import { keywordSettings } from "../keywords/keyword-store";
import { templateStore } from "../templates/template-store";

/** What the workspace adds to a journey's checks (its templates and keywords), as publish and validate read it. */
export async function workspaceChecks(db: Db, journeyId?: string): Promise<JourneyValidationContext> {
  const [templates, keywords] = await Promise.all([templateStore(db).catalog(), keywordSettings(db)]);
  return { templates, keywords, ...(journeyId && { journeyId }) };
}
