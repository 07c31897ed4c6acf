import "server-only";
import type { Db } from "../db/client";
import { keywordSettings } from "../keywords/keyword-store";
import { liveTriggerCollisions } from "../keywords/live-trigger-collisions";
import type { JourneySummary, LiveWarning } from "./api-schemas";

/**
 * The journeys list's rows with what keeps a live journey from working as built: trigger
 * keywords a workspace keyword always takes first (it can never start on them).
 */
export async function withLiveWarnings(db: Db, journeys: JourneySummary[]): Promise<JourneySummary[]> {
  const warnings = new Map<string, LiveWarning[]>();
  for (const collision of await liveTriggerCollisions(db, await keywordSettings(db))) {
    if (collision.severity !== "error") continue;
    const list = warnings.get(collision.journeyId) ?? [];
    list.push({ label: `Never starts on “${collision.keyword}”`, detail: collision.message });
    warnings.set(collision.journeyId, list);
  }
  return journeys.map((journey) => ({ ...journey, liveWarnings: warnings.get(journey.id) ?? [] }));
}
