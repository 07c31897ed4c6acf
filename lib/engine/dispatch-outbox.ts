import "server-only";
import type { RawConnection, SqlStatement } from "../db/raw-connection";
import { toDate } from "../db/raw-connection";
import { sendMessage, type EightByEightConfig, type SendBody, type SendResult } from "../channels/8x8/send-client";

const BATCH = 200;
/**
 * A message left "sending" this long was being sent by a process that died: no send
 * lasts longer (the 8x8 request times out after 10 s). It is sent again, which is the
 * one place a message can go out twice: if the process died after 8x8 accepted it but
 * before that was recorded. 8x8 documents no de-duplication on clientMessageId, so this
 * window cannot be closed from our side; it is as short as one request.
 */
const STALE_SENDING_MS = 15_000;

type Pending = { id: string; contactId: string; status: string; nextAttemptAt: Date; attempts: number; body: unknown };

/**
 * Sends due outbox messages to 8x8. Per contact strictly in order: only a contact's
 * oldest unsent message is eligible, so a message held back by a 429 also holds back
 * the ones after it. The due messages are claimed in one transaction, sent at once, and
 * their results recorded in one more. Returns how many were attempted.
 */
export async function dispatchOutbox(sql: RawConnection, config: EightByEightConfig | null, now = new Date()): Promise<number> {
  if (!config) return 0;
  const pending = await sql.query(
    `SELECT "id", "contactId", "status", "nextAttemptAt", "attempts", "body" FROM "OutboxMessage"
     WHERE "status" IN ('pending', 'sending') ORDER BY "createdAt", "clientMessageId" LIMIT ${BATCH}`,
  );
  const heads = new Map<string, Pending>();
  for (const row of pending) {
    const message = { ...(row as Pending), nextAttemptAt: toDate(row.nextAttemptAt), attempts: Number(row.attempts) };
    if (!heads.has(message.contactId)) heads.set(message.contactId, message);
  }
  const due = [...heads.values()].filter((m) => m.status === "pending" && m.nextAttemptAt <= now);
  if (due.length === 0) return 0;
  // Claim them: another dispatcher (another instance) may have picked some already.
  const claims = await sql.batch(
    due.map((m) => ({
      sql: `UPDATE "OutboxMessage" SET "status" = 'sending', "attempts" = "attempts" + 1, "updatedAt" = $2 WHERE "id" = $1 AND "status" = 'pending'`,
      params: [m.id, now],
    })),
  );
  const mine = due.filter((_, i) => claims[i].changes === 1);
  const results = await Promise.all(mine.map((m) => sendMessage(config, sql.json<SendBody>(m.body), m.attempts + 1)));
  await sql.batch(mine.map((m, i) => recordResult(m.id, results[i])));
  return mine.length;
}

/** Puts messages whose sender died mid-send back in line; the poller calls it, not every dispatch. */
export async function recoverInterruptedSends(sql: RawConnection, now = new Date()): Promise<number> {
  const [result] = await sql.batch([
    {
      sql: `UPDATE "OutboxMessage" SET "status" = 'pending', "updatedAt" = $1 WHERE "status" = 'sending' AND "updatedAt" < $2`,
      params: [now, new Date(now.getTime() - STALE_SENDING_MS)],
    },
  ]);
  return result.changes;
}

function recordResult(id: string, result: SendResult): SqlStatement {
  const at = new Date();
  if (result.kind === "accepted") {
    // A delivery receipt may have overtaken this answer; its status is the newer news.
    return {
      sql: `UPDATE "OutboxMessage" SET "status" = CASE WHEN "status" = 'sending' THEN $2 ELSE "status" END, "umid" = $3, "sentAt" = $4, "updatedAt" = $4,
              "errorCode" = NULL, "errorMessage" = NULL WHERE "id" = $1`,
      params: [id, result.state.toLowerCase(), result.umid, at],
    };
  }
  if (result.kind === "retry") {
    return {
      sql: `UPDATE "OutboxMessage" SET "status" = 'pending', "nextAttemptAt" = $2, "errorMessage" = $3, "updatedAt" = $4 WHERE "id" = $1`,
      params: [id, new Date(at.getTime() + result.afterMs), result.error, at],
    };
  }
  return {
    sql: `UPDATE "OutboxMessage" SET "status" = 'failed', "errorCode" = $2, "errorMessage" = $3, "updatedAt" = $4 WHERE "id" = $1`,
    params: [id, result.code, result.message, at],
  };
}
