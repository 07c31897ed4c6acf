import "server-only";
import type { RawConnection } from "../db/raw-connection";
import { toDate } from "../db/raw-connection";
import { DAY_MS, RUN_METRICS, RUN_NODE, type RunMetric } from "./insight-metrics";
import { rangeCondition } from "./range-condition";

export type JourneyHealth = {
  runs: Record<RunMetric, number>;
  /** Messages 8x8 refused or could not deliver, by its error code. */
  sendFailures: Array<{ code: string; count: number }>;
  /** Messages still waiting to leave, by the channel they leave from (the route says why a channel cannot send). */
  waiting: Array<{ channelId: string; count: number; reason?: string | null }>;
};

/** A journey's run figures over all its versions in [from, to), and its send failures. */
export async function journeyHealth(sql: RawConnection, journeyId: string, from: Date, to: Date): Promise<JourneyHealth> {
  const params: unknown[] = [journeyId, RUN_NODE];
  const rows = await sql.query<{ metric: string; total: unknown }>(
    `SELECT c."metric", SUM(c."count") AS "total" FROM "InsightCount" c JOIN "JourneyVersion" v ON v."id" = c."versionId"
     WHERE v."journeyId" = $1 AND c."nodeId" = $2 AND ${rangeCondition(from, to, params)} GROUP BY c."metric"`,
    params,
  );
  const runs = Object.fromEntries(RUN_METRICS.map((m) => [m, 0])) as Record<RunMetric, number>;
  for (const row of rows) if (row.metric in runs) runs[row.metric as RunMetric] = Number(row.total);
  // Only failed sends are read (the outbox's status index), never the journey's every message.
  const failures = await sql.query<{ code: string; total: unknown }>(
    `SELECT o."errorCode" AS "code", COUNT(*) AS "total" FROM "OutboxMessage" o JOIN "Run" r ON r."id" = o."runId"
     WHERE o."status" IN ('failed', 'rejected', 'undelivered') AND o."createdAt" >= $2 AND o."createdAt" < $3
       AND r."journeyId" = $1 AND o."errorCode" IS NOT NULL AND o."errorCode" <> 'cancelled'
     GROUP BY o."errorCode" ORDER BY COUNT(*) DESC`,
    [journeyId, from, to],
  );
  const waiting = await sql.query<{ channelId: string; total: unknown }>(
    `SELECT o."channelId" AS "channelId", COUNT(*) AS "total" FROM "OutboxMessage" o JOIN "Run" r ON r."id" = o."runId"
     WHERE o."status" = 'pending' AND r."journeyId" = $1 GROUP BY o."channelId"`,
    [journeyId],
  );
  return {
    runs,
    sendFailures: failures.map((f) => ({ code: String(f.code), count: Number(f.total) })),
    waiting: waiting.map((w) => ({ channelId: String(w.channelId), count: Number(w.total) })),
  };
}

export type JourneyActivity = {
  /** Runs started per UTC day, oldest first, ending today. */
  startedPerDay: number[];
  ended: number;
  failed: number;
  /** Runs that went on along a Failed output (they may still have completed). */
  errorPath: number;
};

/** Every journey's runs per day over the last `days` days, for the journeys list's sparklines. */
export async function journeysActivity(sql: RawConnection, days = 14, now = new Date()): Promise<Record<string, JourneyActivity>> {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const first = today - (days - 1) * DAY_MS;
  const rows = await sql.query<{ journeyId: string; start: unknown; metric: string; total: unknown }>(
    `SELECT v."journeyId", c."start", c."metric", SUM(c."count") AS "total" FROM "InsightCount" c JOIN "JourneyVersion" v ON v."id" = c."versionId"
     WHERE c."nodeId" = $1 AND c."grain" = 'd' AND c."start" >= $2 GROUP BY v."journeyId", c."start", c."metric"`,
    [RUN_NODE, new Date(first)],
  );
  const activity: Record<string, JourneyActivity> = {};
  for (const row of rows) {
    const entry = (activity[row.journeyId] ??= { startedPerDay: Array(days).fill(0), ended: 0, failed: 0, errorPath: 0 });
    const total = Number(row.total);
    if (row.metric === "started") {
      const day = Math.round((toDate(row.start).getTime() - first) / DAY_MS);
      if (day >= 0 && day < days) entry.startedPerDay[day] += total;
    } else if (row.metric === "failed") {
      entry.failed += total;
      entry.ended += total;
    } else if (row.metric === "errorPath") entry.errorPath += total;
    else if (row.metric !== "fallback") entry.ended += total;
  }
  return activity;
}
