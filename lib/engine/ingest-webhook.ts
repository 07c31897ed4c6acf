import "server-only";
import type { Db } from "../db/client";
import { sqlOf } from "../db/sql-of";
import { contactEvent } from "./contact-event";
import { normalizeReply } from "../channels/8x8/normalize-reply";
import type { DeliveryReceiptEvent, InboundMessageEvent } from "../channels/8x8/webhook-schema";

export type IngestResult = { stored: boolean; contactId?: string };

/** Receipt states in the order a message moves through them; a late "sent" never undoes "read". */
const RANK: Record<string, number> = { queued: 1, sent: 2, delivered: 3, read: 4, undelivered: 5, rejected: 5, failed: 5 };

/**
 * Stores an inbound message in the inbox (once per umid: 8x8 retries on any non-2xx)
 * and records the contact's last inbound time for the 24-hour window. Nothing about runs
 * happens here, so the webhook can answer within 8x8's 5 seconds.
 */
export async function ingestMessage(db: Db, event: InboundMessageEvent): Promise<IngestResult> {
  const receivedAt = new Date();
  const sql = await sqlOf(db);
  try {
    // One transaction: a duplicate umid (the inbox row already there) rolls back the
    // contact's update too, leaving it as it was.
    const [contact] = await sql.batch(
      contactEvent({
        person: event.payload.user,
        dedupeKey: `msg:${event.payload.umid}`,
        kind: "message",
        payload: { reply: normalizeReply(event), subAccountId: event.payload.subAccountId ?? null },
        at: receivedAt,
        inboundAt: receivedAt,
        check: ({ changes }) => {
          if (changes === 0) throw new DuplicateEvent();
        },
      }),
    );
    return { stored: true, contactId: String(contact.rows[0].id) };
  } catch (error) {
    if (error instanceof DuplicateEvent) return { stored: false };
    throw error;
  }
}

/** Applies a delivery receipt to the message it is about; unknown messages are kept for audit only. */
export async function ingestReceipt(db: Db, event: DeliveryReceiptEvent): Promise<IngestResult> {
  const { umid, clientMessageId, status } = event.payload;
  const sql = await sqlOf(db);
  const now = new Date();
  const [stored] = await sql.batch([
    {
      sql: `INSERT INTO "InboxEvent" ("dedupeKey", "kind", "payload", "receivedAt", "processedAt") VALUES ($1, 'receipt', $2, $3, $3)
            ON CONFLICT ("dedupeKey") DO NOTHING`,
      params: [`dr:${umid}:${status.state}:${status.detail ?? ""}`, JSON.stringify(event.payload), now],
    },
  ]);
  if (stored.changes === 0) return { stored: false };
  const [message] = await sql.query<{ id: string; status: string }>(
    `SELECT "id", "status" FROM "OutboxMessage" WHERE "umid" = $1 OR "clientMessageId" = $2 LIMIT 1`,
    [umid, clientMessageId ?? null],
  );
  const state = status.state.toLowerCase();
  if (message && (RANK[state] ?? 0) > (RANK[message.status] ?? 0)) {
    const code = status.errorCode === undefined ? null : String(status.errorCode);
    // 1022: WhatsApp refused a free-form message because the 24-hour window had closed.
    const errorMessage = code === "1022" ? `24-hour window expired${status.errorMessage ? `: ${status.errorMessage}` : " (8x8 error 1022)"}` : (status.errorMessage ?? null);
    await sql.batch([
      {
        sql: `UPDATE "OutboxMessage" SET "status" = $2, "umid" = $3, "errorCode" = COALESCE($4, "errorCode"), "errorMessage" = COALESCE($5, "errorMessage"), "updatedAt" = $6 WHERE "id" = $1`,
        params: [message.id, state, umid, code, errorMessage, now],
      },
    ]);
  }
  return { stored: true };
}

class DuplicateEvent extends Error {}
