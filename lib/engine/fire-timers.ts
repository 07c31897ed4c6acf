import "server-only";
import { toDate, type RawConnection, type SqlStatement } from "../db/raw-connection";

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
  const waited = await sql.query<{ id: string; contactId: string }>(
    `SELECT "id", "contactId" FROM "Conversation" WHERE "waitUntil" <= $1 AND "status" = 'waiting' ORDER BY "waitUntil" LIMIT 500`,
    [now],
  );
  if (due.length === 0 && waited.length === 0) return [];
  // A keyword's conversation has no run and so no Timer: its deadline is its own column.
  const conversationStatements = waited.flatMap((conversation): SqlStatement[] => [
    { sql: `UPDATE "Conversation" SET "waitUntil" = NULL WHERE "id" = $1`, params: [conversation.id] },
    {
      sql: `INSERT INTO "InboxEvent" ("dedupeKey", "kind", "contactId", "payload", "receivedAt") VALUES ($1, 'conversation_timeout', $2, $3, $4) ON CONFLICT ("dedupeKey") DO NOTHING`,
      params: [`conversation-wait:${conversation.id}`, conversation.contactId, JSON.stringify({ conversationId: conversation.id }), now],
    },
  ]);
  const statements = due.flatMap((timer): SqlStatement[] => [
    { sql: `UPDATE "Timer" SET "firedAt" = $2 WHERE "id" = $1 AND "firedAt" IS NULL`, params: [timer.id, now] },
    {
      sql: `INSERT INTO "InboxEvent" ("dedupeKey", "kind", "contactId", "payload", "receivedAt") VALUES ($1, 'timer', $2, $3, $4) ON CONFLICT ("dedupeKey") DO NOTHING`,
      params: [`timer:${timer.id}`, timer.contactId, JSON.stringify({ runId: timer.runId, armedAt: Number(timer.armedAt) }), now],
    },
  ]);
  await sql.batch([...statements, ...conversationStatements]);
  return [...new Set([...due, ...waited].map((t) => t.contactId))];
}

/** When the earliest armed timer or keyword conversation is due (indexes on Timer(firedAt, dueAt) and Conversation(waitUntil) answer it). */
export async function nextTimerDue(sql: RawConnection): Promise<Date | null> {
  const [[timer], [conversation]] = await Promise.all([
    sql.query<{ dueAt: unknown }>(`SELECT "dueAt" FROM "Timer" WHERE "firedAt" IS NULL ORDER BY "dueAt" LIMIT 1`),
    sql.query<{ dueAt: unknown }>(`SELECT "waitUntil" AS "dueAt" FROM "Conversation" WHERE "waitUntil" IS NOT NULL AND "status" = 'waiting' ORDER BY "waitUntil" LIMIT 1`),
  ]);
  const dues = [timer, conversation].filter(Boolean).map((row) => toDate(row.dueAt));
  return dues.length ? new Date(Math.min(...dues.map((d) => d.getTime()))) : null;
}
