import "server-only";
import { randomUUID } from "node:crypto";
import type { SqlStatement } from "../db/raw-connection";

/**
 * The statement that records an event for a queue's webhook, to commit with the change it
 * reports. `queue` is the queue's name, or null for the contact's open conversation's queue.
 */
export function webhookEvent(event: "conversation.created" | "conversation.message", queue: string | null, contactId: string, payload: Record<string, unknown>, at: Date): SqlStatement {
  const body = JSON.stringify({ event, at: at.toISOString(), contactId, conversation: `/inbox/${contactId}`, ...payload });
  if (queue !== null) {
    return {
      sql: `INSERT INTO "WebhookDelivery" ("id", "queue", "event", "payload", "nextAttemptAt", "createdAt") VALUES ($1, $2, $3, $4, $5, $5)`,
      params: [randomUUID(), queue, event, body, at],
    };
  }
  return {
    sql: `INSERT INTO "WebhookDelivery" ("id", "queue", "event", "payload", "nextAttemptAt", "createdAt")
          SELECT $1, c."queue", $2, $3, $4, $4 FROM "Conversation" c WHERE c."contactId" = $5 AND c."status" <> 'closed' ORDER BY c."createdAt" DESC LIMIT 1`,
    params: [randomUUID(), event, body, at, contactId],
  };
}
