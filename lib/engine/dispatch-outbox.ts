import "server-only";
import { toDate, type RawConnection, type SqlStatement } from "../db/raw-connection";
import { sendMessage, type EightByEightConfig, type SendBody, type SendResult } from "../channels/8x8/send-client";

/** Sends in flight at once; more would only queue in the HTTP agent. */
const MAX_IN_FLIGHT = 128;
/**
 * A message left "sending" this long was being sent by a process that died: no send
 * lasts longer (the 8x8 request times out after 10 s). It is sent again, which is the
 * one place a message can go out twice: if the process died after 8x8 accepted it but
 * before that was recorded. 8x8 documents no de-duplication on clientMessageId, so this
 * window cannot be closed from our side; it is as short as one request.
 */
const STALE_SENDING_MS = 15_000;

type Pending = { id: string; contactId: string; nextAttemptAt: Date; attempts: number; body: unknown };

/**
 * Sends outbox messages to 8x8 as they become due, up to MAX_IN_FLIGHT at a time, each
 * result recorded as it comes back (and a freed slot filled at once), so one slow answer
 * never holds up the others. Per contact strictly in order: only a contact's oldest
 * unsent message is eligible, so a message held back by a 429 also holds back the ones
 * after it.
 */
export function outboxDispatcher(sql: RawConnection, config: EightByEightConfig | null, now: () => Date) {
  let inFlight = 0;
  let scanning = false;
  let again = false;
  let idle: Array<() => void> = [];

  const settleIfIdle = () => {
    if (scanning || inFlight > 0) return;
    const waiting = idle;
    idle = [];
    for (const resolve of waiting) resolve();
  };

  async function scan() {
    scanning = true;
    try {
      do {
        again = false;
        const room = MAX_IN_FLIGHT - inFlight;
        if (room > 0) for (const message of await claimDue(sql, now(), room)) launch(message);
      } while (again);
    } catch (error) {
      console.error("[runtime] dispatch", error);
    } finally {
      scanning = false;
      settleIfIdle();
    }
  }

  function launch(message: Pending) {
    inFlight++;
    void sendMessage(config!, sql.json<SendBody>(message.body), message.attempts + 1)
      .then((result) => sql.batch([recordResult(message.id, result)]))
      .catch((error) => console.error(`[runtime] recording send ${message.id}`, error))
      .finally(() => {
        inFlight--;
        kick();
      });
  }

  /** Looks for due messages now (again, if a look is under way). */
  function kick() {
    if (!config) return;
    if (scanning) again = true;
    else void scan();
  }

  return {
    kick,
    /** Kicks, then resolves once nothing due is left unsent. */
    drained(): Promise<void> {
      if (!config) return Promise.resolve();
      const settled = new Promise<void>((resolve) => idle.push(resolve));
      kick();
      return settled;
    },
  };
}

/**
 * Claims up to `room` due messages, one per contact (its oldest unsent), for this process:
 * another dispatcher (another instance) may have picked some already.
 */
async function claimDue(sql: RawConnection, now: Date, room: number): Promise<Pending[]> {
  // Oldest first along the (status, createdAt) index, so the backlog is never sorted.
  const [rows, sending] = await Promise.all([
    sql.query(
      `SELECT "id", "contactId", "nextAttemptAt", "attempts", "body" FROM "OutboxMessage"
       WHERE "status" = 'pending' ORDER BY "createdAt", "clientMessageId" LIMIT $1`,
      [room * 4],
    ),
    // A contact with a message on its way waits for its answer before the next one goes.
    sql.query<{ contactId: string }>(`SELECT DISTINCT "contactId" FROM "OutboxMessage" WHERE "status" = 'sending'`),
  ]);
  const busy = new Set(sending.map((r) => r.contactId));
  const due: Pending[] = [];
  for (const row of rows) {
    const message = { ...(row as Pending), nextAttemptAt: toDate(row.nextAttemptAt), attempts: Number(row.attempts) };
    if (busy.has(message.contactId)) continue;
    // Its oldest pending message decides for the contact: one waiting out a 429 holds the rest.
    busy.add(message.contactId);
    if (message.nextAttemptAt <= now && due.length < room) due.push(message);
  }
  if (due.length === 0) return [];
  const claims = await sql.batch(
    due.map((m) => ({
      sql: `UPDATE "OutboxMessage" SET "status" = 'sending', "attempts" = "attempts" + 1, "updatedAt" = $2 WHERE "id" = $1 AND "status" = 'pending'`,
      params: [m.id, now],
    })),
  );
  return due.filter((_, i) => claims[i].changes === 1);
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
