import "server-only";
import type { Db } from "../db/client";
import { validateJourney } from "../journey/validate-journey";
import type { JourneySummary, LiveWarning } from "./api-schemas";
import { liveDocuments } from "./live-documents";
import { takenKeyword } from "../journey/trigger-collision";
import { channelSendability } from "./workspace-checks";
import { keywordSettings } from "../keywords/keyword-store";

/** The checks that say a live version cannot work as built, with the badge each gets. */
const LIVE_PROBLEMS: Record<string, (keyword: string) => string> = {
  trigger_keyword_taken: (keyword) => `Never starts on “${keyword}”`,
  channel_cannot_send: () => "Cannot reply",
};

/**
 * The journeys list's rows with what keeps a live journey from working as built: trigger
 * keywords a workspace keyword always takes first, a channel it listens on that cannot send.
 */
export async function withLiveWarnings(db: Db, journeys: JourneySummary[]): Promise<JourneySummary[]> {
  // Only what these checks read: the template catalog would only cost time here.
  const [keywords, channels] = await Promise.all([keywordSettings(db), channelSendability(db)]);
  const warnings = new Map<string, LiveWarning[]>();
  for (const live of await liveDocuments(db)) {
    for (const issue of validateJourney(live.document, undefined, { keywords, channels, journeyId: live.id })) {
      const label = LIVE_PROBLEMS[issue.code];
      if (!label || (issue.code === "trigger_keyword_taken" && issue.severity !== "error")) continue;
      const list = warnings.get(live.id) ?? [];
      const warning = { label: label(takenKeyword(live.document, issue)), detail: issue.message };
      if (!list.some((w) => w.label === warning.label)) list.push(warning);
      warnings.set(live.id, list);
    }
  }
  return journeys.map((journey) => ({ ...journey, liveWarnings: warnings.get(journey.id) ?? [] }));
}
