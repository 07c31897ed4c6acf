import "server-only";
import { toDate, type RawConnection } from "../db/raw-connection";

/** How late a timer may fire before it counts as late: the alarm wakes on the dot, the poll within a second. */
const LATE_MS = 5000;

export type RuntimeGauges = {
  outboxPending: number;
  /** Seconds the oldest unsent message has waited; 0 with none. */
  outboxOldestSeconds: number;
  timersDue: number;
  timersLate: number;
  /** Lanes held, by the instance holding them (several instances on PostgreSQL). */
  lanesHeld: Array<{ instance: string; count: number }>;
  /** Seconds the oldest step not yet counted into Insights has waited; 0 with none. */
  rollupLagSeconds: number;
  eventsWaiting: number;
};

/**
 * What the runtime's tables say now, for an operator's dashboard: each figure one indexed
 * query (the outbox's status index, the timers' due index, the step log's roll-up index,
 * the inbox's unprocessed index), so a scrape costs the same however much traffic there was.
 */
export async function runtimeGauges(sql: RawConnection, now = new Date()): Promise<RuntimeGauges> {
  const [outbox, [timers], lanes, [rollup], [waiting]] = await Promise.all([
    sql.query<{ count: unknown; oldest: unknown }>(
      `SELECT COUNT(*) AS "count", MIN("createdAt") AS "oldest" FROM "OutboxMessage" WHERE "status" IN ('pending', 'sending')`,
    ),
    sql.query<{ due: unknown; late: unknown }>(
      `SELECT COUNT(*) AS "due", COALESCE(SUM(CASE WHEN "dueAt" <= $2 THEN 1 ELSE 0 END), 0) AS "late" FROM "Timer" WHERE "firedAt" IS NULL AND "dueAt" <= $1`,
      [now, new Date(now.getTime() - LATE_MS)],
    ),
    sql.query<{ owner: string; count: unknown }>(`SELECT "laneOwner" AS "owner", COUNT(*) AS "count" FROM "Contact" WHERE "laneOwner" IS NOT NULL GROUP BY "laneOwner"`),
    sql.query<{ oldest: unknown }>(`SELECT MIN("startedAt") AS "oldest" FROM "RunStep" WHERE "rolledUp" = false`),
    sql.query<{ count: unknown }>(`SELECT COUNT(*) AS "count" FROM "InboxEvent" WHERE "processedAt" IS NULL`),
  ]);
  const age = (at: unknown) => (at === null || at === undefined ? 0 : Math.max(0, (now.getTime() - toDate(at).getTime()) / 1000));
  const [pending] = outbox;
  return {
    outboxPending: Number(pending.count),
    outboxOldestSeconds: age(pending.oldest),
    timersDue: Number(timers.due),
    timersLate: Number(timers.late),
    lanesHeld: lanes.map((lane) => ({ instance: lane.owner, count: Number(lane.count) })),
    rollupLagSeconds: age(rollup.oldest),
    eventsWaiting: Number(waiting.count),
  };
}
