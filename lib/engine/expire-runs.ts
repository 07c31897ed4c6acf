import "server-only";
import { metrics } from "../metrics/metrics";
import { toDate, type RawConnection } from "../db/raw-connection";
import type { JourneyCache } from "./journey-cache";
import { cancelTimers, endStep, StaleRunError } from "./run-records";

const HOUR_MS = 3_600_000;
/** The shortest inactivity timeout a journey can have: nothing younger can expire. */
const MIN_TIMEOUT_MS = HOUR_MS;

/**
 * Ends runs that have waited longer than their journey's inactivityTimeoutHours as
 * `expired`, with their timers, logging the step they were at as expired. Only runs idle
 * for an hour or more are even read.
 */
export async function expireIdleRuns(sql: RawConnection, cache: JourneyCache, now = new Date()): Promise<number> {
  const candidates = await sql.query<{ id: string; journeyId: string; versionId: string; currentNode: string | null; lastActiveAt: unknown; stateVersion: number }>(
    `SELECT "id", "journeyId", "versionId", "currentNode", "lastActiveAt", "stateVersion" FROM "Run" WHERE "status" IN ('waiting', 'sleeping') AND "lastActiveAt" < $1 LIMIT 500`,
    [new Date(now.getTime() - MIN_TIMEOUT_MS)],
  );
  let expired = 0;
  for (const run of candidates) {
    const compiled = await cache.version(run.versionId);
    const { settings } = compiled.document;
    // A conversation with a person has no inactivity timeout: the person ends it.
    const at = run.currentNode ? compiled.nodes.get(run.currentNode) : undefined;
    if (at?.definition.holdsContact?.(at.config as never)) continue;
    if (now.getTime() - toDate(run.lastActiveAt).getTime() < settings.inactivityTimeoutHours * HOUR_MS) continue;
    const reason = `No activity for ${settings.inactivityTimeoutHours} hours`;
    try {
      await sql.batch([
        {
          sql: `UPDATE "Run" SET "status" = 'expired', "endedAt" = $3, "updatedAt" = $3, "stateVersion" = $4, "error" = $5 WHERE "id" = $1 AND "stateVersion" = $2`,
          params: [run.id, Number(run.stateVersion), now, Number(run.stateVersion) + 1, reason],
          check: ({ changes }) => {
            if (changes === 0) throw new StaleRunError(`run ${run.id} moved on`);
          },
        },
        cancelTimers(run.id, now),
        endStep(run.id, "expired", now, reason),
      ]);
      expired++;
      metrics().runsEnded.inc({ journey: run.journeyId, status: "expired" });
    } catch (error) {
      // The run got a reply meanwhile: it is not idle, and its new timers stay armed.
      if (!(error instanceof StaleRunError)) throw error;
    }
  }
  return expired;
}
