import "server-only";
import type { Db } from "../db/client";
import { contactKey, normalizeReply } from "../channels/8x8/normalize-reply";
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
  const { user } = event.payload;
  const key = contactKey(user);
  const reply = normalizeReply(event);
  const receivedAt = new Date();
  const inbox = { create: { dedupeKey: `msg:${event.payload.umid}`, kind: "message", payload: { reply, subAccountId: event.payload.subAccountId ?? null } as object } };
  try {
    // One nested write: the contact and its inbox row commit together, and a duplicate
    // umid (unique dedupeKey) rolls both back, leaving the contact as it was.
    const contact = await db.contact.upsert({
      where: { key },
      create: { key, msisdn: user.msisdn, channelUserId: user.channelUserId, name: user.name, username: user.username, lastInboundAt: receivedAt, inbox },
      update: {
        lastInboundAt: receivedAt,
        ...(user.channelUserId && { channelUserId: user.channelUserId }),
        ...(user.name && { name: user.name }),
        ...(user.username && { username: user.username }),
        inbox,
      },
      select: { id: true },
    });
    return { stored: true, contactId: contact.id };
  } catch (error) {
    if (isUniqueViolation(error)) return { stored: false };
    throw error;
  }
}

/** Applies a delivery receipt to the message it is about; unknown messages are kept for audit only. */
export async function ingestReceipt(db: Db, event: DeliveryReceiptEvent): Promise<IngestResult> {
  const { umid, clientMessageId, status } = event.payload;
  try {
    await db.inboxEvent.create({
      data: { dedupeKey: `dr:${umid}:${status.state}:${status.detail ?? ""}`, kind: "receipt", payload: event.payload as object, processedAt: new Date() },
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { stored: false };
    throw error;
  }
  const message = await db.outboxMessage.findFirst({ where: clientMessageId ? { OR: [{ umid }, { clientMessageId }] } : { umid } });
  const state = status.state.toLowerCase();
  if (message && (RANK[state] ?? 0) > (RANK[message.status] ?? 0)) {
    const code = status.errorCode === undefined ? undefined : String(status.errorCode);
    // 1022: WhatsApp refused a free-form message because the 24-hour window had closed.
    const errorMessage = code === "1022" ? `24-hour window expired${status.errorMessage ? `: ${status.errorMessage}` : " (8x8 error 1022)"}` : status.errorMessage;
    await db.outboxMessage.update({
      where: { id: message.id },
      data: { status: state, umid, ...(code && { errorCode: code }), ...(errorMessage && { errorMessage }) },
    });
  }
  return { stored: true };
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
