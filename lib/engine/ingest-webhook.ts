import "server-only";
import { metrics } from "../metrics/metrics";
import type { Db } from "../db/client";
import { sqlOf } from "../db/sql-of";
import { contactEvent } from "./contact-event";
import { DEFAULT_CHANNEL_ID } from "../channels/channel-schemas";
import { normalizeReply } from "../whatsapp/normalize-reply";
import type { DeliveryReceiptEvent, InboundMessageEvent } from "../whatsapp/webhook-schema";

export type IngestResult = { stored: boolean; contactId?: string };

/** Receipt states in the order a message moves through them; a late "sent" never undoes "read". */
const RANK: Record<string, number> = { queued: 1, sent: 2, delivered: 3, read: 4, undelivered: 5, rejected: 5, failed: 5 };
/** RANK, in SQL, of the stored status; pending and sending rank below everything. */
const STATUS_RANK_SQL = `CASE "status" ${Object.entries(RANK).map(([state, rank]) => `WHEN '${state}' THEN ${rank}`).join(" ")} ELSE 0 END`;

/**
 * Stores an inbound message in the inbox (once per umid: 8x8 retries on any non-2xx)
 * and records the contact's last inbound time for the 24-hour window. Nothing about runs
 * happens here, so the webhook can answer within 8x8's 5 seconds.
 */
export async function ingestMessage(db: Db, event: InboundMessageEvent, channelId = DEFAULT_CHANNEL_ID): Promise<IngestResult> {
  const receivedAt = new Date();
  const sql = await sqlOf(db);
  try {
    // One transaction: a duplicate umid (the inbox row already there) rolls back the
    // contact's update too, leaving it as it was.
    const [contact] = await sql.batch(
      contactEvent({
        person: event.payload.user,
        channelId,
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
  const state = status.state.toLowerCase();
  const rank = RANK[state];
  if (rank === undefined) return { stored: true };
  metrics().receipts.inc({ status: state });
  const code = status.errorCode === undefined ? null : String(status.errorCode);
  // 1022: WhatsApp refused a free-form message because the 24-hour window had closed.
  const errorMessage = code === "1022" ? `24-hour window expired${status.errorMessage ? `: ${status.errorMessage}` : " (8x8 error 1022)"}` : (status.errorMessage ?? null);
  // One statement that only moves forward: two receipts landing at once cannot both read
  // "sent" and let "delivered" overwrite "read".
  await sql.batch([
    {
      sql: `UPDATE "OutboxMessage" SET "status" = $1, "umid" = $2, "errorCode" = COALESCE($3, "errorCode"), "errorMessage" = COALESCE($4, "errorMessage"), "updatedAt" = $5
            WHERE ("umid" = $2 OR "clientMessageId" = $6) AND ${STATUS_RANK_SQL} < $7`,
      params: [state, umid, code, errorMessage, now, clientMessageId ?? null, rank],
    },
  ]);
  return { stored: true };
}

class DuplicateEvent extends Error {}
