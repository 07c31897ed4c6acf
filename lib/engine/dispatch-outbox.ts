import "server-only";
import { logger } from "../log/logger";
import { metrics } from "../metrics/metrics";
import { toDate, type RawConnection, type SqlStatement } from "../db/raw-connection";
import { sendMessage, type SendBody, type SendResult } from "../channels/8x8/send-client";
import type { EightByEightConfig } from "../config/eight-by-eight";
import type { ChannelDirectory } from "../channels/channel-directory";
import { sendRetryPolicy } from "./send-retry-policy";

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
/**
 * A message that could not be sent for this long ends as failed, with the last error,
 * on its run: a conversation a day old is better told than retried forever. WhatsApp's
 * customer service window is 24 hours too, so it could not go out as sent anyway.
 */
export const MAX_SEND_AGE_MS = 24 * 60 * 60 * 1000;

type Pending = { id: string; contactId: string; channelId: string; attempts: number; body: unknown; createdAt: Date };

/**
 * Sends outbox messages to 8x8 as they become due, up to MAX_IN_FLIGHT at a time, each
 * result recorded as it comes back (and a freed slot filled at once), so one slow answer
 * never holds up the others. Per contact strictly in order: only a contact's oldest
 * unsent message is eligible, so a message held back by a 429 also holds back the ones
 * after it. Each message leaves from its contact's channel; a channel that cannot send
 * (no key yet) keeps its messages waiting.
 */
export function outboxDispatcher(sql: RawConnection, channels: ChannelDirectory, now: () => Date) {
  let inFlight = 0;
  const retries = sendRetryPolicy();
  let scanning = false;
  let again = false;
  let stopping = false;
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
        const sendable = await channels.sendable();
        if (room > 0 && sendable.size > 0) for (const message of await claimDue(sql, now(), room, [...sendable.keys()])) launch(message, sendable.get(message.channelId)!);
      } while (again);
    } catch (error) {
      logger().error({ err: error }, "outbox dispatch failed");
    } finally {
      scanning = false;
      settleIfIdle();
    }
  }

  function launch(message: Pending, config: EightByEightConfig) {
    inFlight++;
    const stopTimer = metrics().sendLatency.startTimer();
    void sendMessage(config, sql.json<SendBody>(message.body))
      .then((result) => {
        stopTimer();
        countSend(result, message, now());
        retries.record(result.kind !== "accepted");
        const waitMs = result.kind === "retry" ? retries.delayMs(message.attempts + 1, result.retryAfterMs) : 0;
        return sql.batch(recordResult(message, giveUpIfTooOld(message, result, now()), waitMs));
      })
      .catch((error) => logger().error({ err: error, message: message.id }, "recording a send failed"))
      .finally(() => {
        inFlight--;
        kick();
      });
  }

  /** Looks for due messages now (again, if a look is under way). */
  function kick() {
    if (stopping) return settleIfIdle();
    if (scanning) again = true;
    else void scan();
  }

  return {
    kick,
    /** Kicks, then resolves once nothing due is left unsent. */
    drained(): Promise<void> {
      const settled = new Promise<void>((resolve) => idle.push(resolve));
      kick();
      return settled;
    },
    /** Claims nothing more and resolves once the sends on their way have been recorded. */
    stopped(): Promise<void> {
      stopping = true;
      const settled = new Promise<void>((resolve) => idle.push(resolve));
      settleIfIdle();
      return settled;
    },
  };
}

function countSend(result: SendResult, message: Pending, at: Date) {
  const { sends, sendDelay } = metrics();
  sends.inc({ result: result.kind, code: result.kind === "failed" ? result.code : "" });
  if (result.kind === "failed") logger().warn({ message: message.id, contact: message.contactId, code: result.code }, "8x8 refused a message");
  if (result.kind === "accepted") sendDelay.observe((at.getTime() - message.createdAt.getTime()) / 1000);
}

/**
 * Claims up to `room` due messages for this process, in one statement: a message is
 * claimed only while its contact has no older unsent message and none on its way. Read
 * apart (pending messages, then contacts with a send in flight), the two reads could see
 * different moments on PostgreSQL, and a retried message went out after the next one.
 * Another dispatcher (another instance) claiming at the same time gets other messages:
 * the outer `status = 'pending'` is checked again on each row it updates. Each contact's
 * oldest pending message is found by numbering its pending messages once: checking every
 * pending message against its older siblings cost ~3.6 s per claim with 4,300 pending on
 * PostgreSQL (bench:cluster's backlog), so a backlog fed on itself; this is ~35 ms.
 */
async function claimDue(sql: RawConnection, now: Date, room: number, channelIds: string[]): Promise<Pending[]> {
  const channelList = channelIds.map((_, i) => `$${i + 3}`).join(", ");
  const [claimed] = await sql.batch([
    {
      sql: `UPDATE "OutboxMessage" SET "status" = 'sending', "attempts" = "attempts" + 1, "updatedAt" = $2
            WHERE "status" = 'pending' AND "id" IN (
              SELECT f."id" FROM (
                SELECT m."id", m."contactId", m."channelId", m."nextAttemptAt", m."createdAt", m."clientMessageId",
                  ROW_NUMBER() OVER (PARTITION BY m."contactId" ORDER BY m."createdAt", m."clientMessageId") AS "place"
                FROM "OutboxMessage" m WHERE m."status" = 'pending'
              ) f
              WHERE f."place" = 1 AND f."nextAttemptAt" <= $2 AND f."channelId" IN (${channelList})
                AND NOT EXISTS (SELECT 1 FROM "OutboxMessage" o WHERE o."contactId" = f."contactId" AND o."status" = 'sending')
              ORDER BY f."createdAt", f."clientMessageId" LIMIT $1)
            RETURNING "id", "contactId", "channelId", "attempts", "body", "createdAt"`,
      params: [room, now, ...channelIds],
    },
  ]);
  return claimed.rows.map((row) => ({ id: String(row.id), contactId: String(row.contactId), channelId: String(row.channelId), attempts: Number(row.attempts) - 1, body: row.body, createdAt: toDate(row.createdAt) }));
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

function giveUpIfTooOld(message: Pending, result: SendResult, now: Date): SendResult {
  if (result.kind !== "retry" || now.getTime() - message.createdAt.getTime() < MAX_SEND_AGE_MS) return result;
  const hours = Math.round(MAX_SEND_AGE_MS / 3_600_000);
  return { kind: "failed", code: "not_sent", message: `Not sent within ${hours} hours; the last attempt: ${result.error}` };
}

function recordResult(message: Pending, result: SendResult, waitMs: number): SqlStatement[] {
  const { id } = message;
  const at = new Date();
  if (result.kind === "accepted") {
    // A delivery receipt may have overtaken this answer; its status is the newer news.
    return [{
      sql: `UPDATE "OutboxMessage" SET "status" = CASE WHEN "status" = 'sending' THEN $2 ELSE "status" END, "umid" = $3, "sentAt" = $4, "updatedAt" = $4,
              "errorCode" = NULL, "errorMessage" = NULL WHERE "id" = $1`,
      params: [id, result.state.toLowerCase(), result.umid, at],
    }];
  }
  if (result.kind === "retry") {
    return [{
      sql: `UPDATE "OutboxMessage" SET "status" = 'pending', "nextAttemptAt" = $2, "errorMessage" = $3, "updatedAt" = $4 WHERE "id" = $1`,
      params: [id, new Date(at.getTime() + waitMs), result.error, at],
    }];
  }
  return [
    {
      sql: `UPDATE "OutboxMessage" SET "status" = 'failed', "errorCode" = $2, "errorMessage" = $3, "updatedAt" = $4 WHERE "id" = $1`,
      params: [id, result.code, result.message, at],
    },
    // The run tells why its message never arrived, unless it already has an error of its own.
    {
      sql: `UPDATE "Run" SET "error" = $2 WHERE "id" = (SELECT "runId" FROM "OutboxMessage" WHERE "id" = $1) AND "error" IS NULL`,
      params: [id, `A message could not be sent: ${result.message}`],
    },
  ];
}
