import "server-only";
import type { RawConnection, SqlStatement } from "../db/raw-connection";

/**
 * Turns due timers into inbox events of their contact, so a timeout is ordered with the
 * contact's messages like any other event. Claiming the timers (firedAt) and queueing
 * their events commit together; the event's dedupe key keeps a timer that two instances
 * saw at once to one event, and one cancelled meanwhile yields an event the lane finds
 * stale (the run's version moved on). Returns the contacts that now have work.
 */
export async function fireDueTimers(sql: RawConnection, now = new Date()): Promise<string[]> {
  const due = await sql.query<{ id: string; runId: string; armedAt: number; contactId: string }>(
    `SELECT t."id", t."runId", t."armedAt", r."contactId" FROM "Timer" t JOIN "Run" r ON r."id" = t."runId"
     WHERE t."firedAt" IS NULL AND t."dueAt" <= $1 ORDER BY t."dueAt" LIMIT 500`,
    [now],
  );
  if (due.length === 0) return [];
  const statements = due.flatMap((timer): SqlStatement[] => [
    { sql: `UPDATE "Timer" SET "firedAt" = $2 WHERE "id" = $1 AND "firedAt" IS NULL`, params: [timer.id, now] },
    {
      sql: `INSERT INTO "InboxEvent" ("dedupeKey", "kind", "contactId", "payload", "receivedAt") VALUES ($1, 'timer', $2, $3, $4) ON CONFLICT ("dedupeKey") DO NOTHING`,
      params: [`timer:${timer.id}`, timer.contactId, JSON.stringify({ runId: timer.runId, armedAt: Number(timer.armedAt) }), now],
    },
  ]);
  await sql.batch(statements);
  return [...new Set(due.map((t) => t.contactId))];
}
