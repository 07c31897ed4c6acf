import "server-only";
import { randomUUID } from "node:crypto";
import type { SqlStatement } from "../db/raw-connection";
import type { SendContent } from "../steps/message/message-kind";

/** A message for the outbox, sent from the contact's channel: the number the customer is talking to. */
export function queueMessage(message: { clientMessageId: string; runId: string | null; contactId: string; user: { msisdn?: string; channelUserId?: string }; send: SendContent; at: Date }): SqlStatement {
  const { clientMessageId, send, user } = message;
  return {
    sql: `INSERT INTO "OutboxMessage" ("id", "clientMessageId", "runId", "contactId", "body", "status", "attempts", "nextAttemptAt", "createdAt", "updatedAt", "channelId")
          VALUES ($1, $2, $3, $4, $5, 'pending', 0, $6, $6, $6, (SELECT "channelId" FROM "Contact" WHERE "id" = $4))`,
    params: [randomUUID(), clientMessageId, message.runId, message.contactId, JSON.stringify({ user, type: send.type, content: send.content, clientMessageId }), message.at],
  };
}
