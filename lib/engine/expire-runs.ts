import "server-only";
import type { Db } from "../db/client";
import type { JourneyCache } from "./journey-cache";

const HOUR_MS = 3_600_000;
/** The shortest inactivity timeout a journey can have: nothing younger can expire. */
const MIN_TIMEOUT_MS = HOUR_MS;

/**
 * Ends runs that have waited longer than their journey's inactivityTimeoutHours as
 * `expired`, with their timers. Only runs idle for an hour or more are even read.
 */
export async function expireIdleRuns(db: Db, cache: JourneyCache, now = new Date()): Promise<number> {
  const candidates = await db.run.findMany({
    where: { status: { in: ["waiting", "sleeping"] }, lastActiveAt: { lt: new Date(now.getTime() - MIN_TIMEOUT_MS) } },
    select: { id: true, versionId: true, lastActiveAt: true, stateVersion: true },
    take: 500,
  });
  let expired = 0;
  for (const run of candidates) {
    const { settings } = (await cache.version(run.versionId)).document;
    if (now.getTime() - run.lastActiveAt.getTime() < settings.inactivityTimeoutHours * HOUR_MS) continue;
    const done = await db.$transaction(async (tx) => {
      const { count } = await tx.run.updateMany({
        where: { id: run.id, stateVersion: run.stateVersion },
        data: { status: "expired", endedAt: now, stateVersion: run.stateVersion + 1, error: `No activity for ${settings.inactivityTimeoutHours} hours` },
      });
      if (count) await tx.timer.updateMany({ where: { runId: run.id, firedAt: null }, data: { firedAt: now } });
      return count;
    });
    expired += done;
  }
  return expired;
}
