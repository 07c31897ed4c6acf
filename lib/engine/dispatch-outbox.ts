import "server-only";
import type { Db } from "../db/client";
import { sendMessage, type EightByEightConfig, type SendBody } from "../channels/8x8/send-client";

const BATCH = 200;
const CONCURRENCY = 16;
/**
 * A message left "sending" this long was being sent by a process that died: no send
 * lasts longer (the 8x8 request times out after 10 s). It is sent again, which is the
 * one place a message can go out twice: if the process died after 8x8 accepted it but
 * before that was recorded. 8x8 documents no de-duplication on clientMessageId, so this
 * window cannot be closed from our side; it is as short as one request.
 */
const STALE_SENDING_MS = 15_000;

/**
 * Sends due outbox messages to 8x8. Per contact strictly in order: only a contact's
 * oldest unsent message is eligible, so a message held back by a 429 also holds back
 * the ones after it. Returns how many were attempted.
 */
export async function dispatchOutbox(db: Db, config: EightByEightConfig | null, now = new Date()): Promise<number> {
  if (!config) return 0;
  const pending = await db.outboxMessage.findMany({
    where: { status: { in: ["pending", "sending"] } },
    orderBy: [{ createdAt: "asc" }, { clientMessageId: "asc" }],
    take: BATCH,
    select: { id: true, contactId: true, status: true, nextAttemptAt: true, attempts: true, body: true },
  });
  const heads = new Map<string, (typeof pending)[number]>();
  for (const message of pending) if (!heads.has(message.contactId)) heads.set(message.contactId, message);
  const due = [...heads.values()].filter((m) => m.status === "pending" && m.nextAttemptAt <= now);
  let attempted = 0;
  for (let i = 0; i < due.length; i += CONCURRENCY) {
    const results = await Promise.all(due.slice(i, i + CONCURRENCY).map((message) => sendOne(db, config, message)));
    attempted += results.filter(Boolean).length;
  }
  return attempted;
}

/** Puts messages whose sender died mid-send back in line; the poller calls it, not every dispatch. */
export async function recoverInterruptedSends(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.outboxMessage.updateMany({
    where: { status: "sending", updatedAt: { lt: new Date(now.getTime() - STALE_SENDING_MS) } },
    data: { status: "pending" },
  });
  return count;
}

async function sendOne(db: Db, config: EightByEightConfig, message: { id: string; attempts: number; body: unknown }) {
  // Claim it: another dispatcher (another instance) may have picked it already.
  const { count } = await db.outboxMessage.updateMany({ where: { id: message.id, status: "pending" }, data: { status: "sending", attempts: { increment: 1 } } });
  if (count === 0) return false;
  const attempt = message.attempts + 1;
  const result = await sendMessage(config, message.body as SendBody, attempt);
  if (result.kind === "accepted") {
    await db.outboxMessage.update({ where: { id: message.id }, data: { status: result.state.toLowerCase() === "queued" ? "queued" : result.state.toLowerCase(), umid: result.umid, sentAt: new Date(), errorCode: null, errorMessage: null } });
  } else if (result.kind === "retry") {
    await db.outboxMessage.update({ where: { id: message.id }, data: { status: "pending", nextAttemptAt: new Date(Date.now() + result.afterMs), errorMessage: result.error } });
  } else {
    await db.outboxMessage.update({ where: { id: message.id }, data: { status: "failed", errorCode: result.code, errorMessage: result.message } });
  }
  return true;
}
