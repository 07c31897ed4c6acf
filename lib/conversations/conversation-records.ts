import "server-only";
import { randomUUID } from "node:crypto";
import type { SqlStatement } from "../db/raw-connection";
import { webhookEvent } from "./webhook-events";

/**
 * The statements that give a contact to a person: the conversation (with the run that
 * waits for it, if any) and its queue's `conversation.created` event, to commit with the
 * change that caused them.
 */
export function openConversation(
  input: { contactId: string; queue: string; runId?: string; journeyId?: string; nodeId?: string; detail: Record<string, unknown>; waitUntil?: Date },
  now: Date,
): SqlStatement[] {
  return [
    {
      sql: `INSERT INTO "Conversation" ("id", "contactId", "runId", "journeyId", "nodeId", "queue", "status", "unread", "createdAt", "lastMessageAt", "updatedAt", "waitUntil")
            VALUES ($1, $2, $3, $4, $5, $6, 'waiting', 0, $7, $7, $7, $8)`,
      params: [randomUUID(), input.contactId, input.runId ?? null, input.journeyId ?? null, input.nodeId ?? null, input.queue, now, input.waitUntil ?? null],
    },
    webhookEvent("conversation.created", input.queue, input.contactId, input.detail, now),
  ];
}

/** Closes one open conversation, the open conversation of a run, or all of a contact's, with this resolution. */
export function closeConversations(where: { id: string } | { runId: string } | { contactId: string }, resolution: string, now: Date): SqlStatement {
  const [column, value] = "id" in where ? ["id", where.id] : "runId" in where ? ["runId", where.runId] : ["contactId", where.contactId];
  return {
    sql: `UPDATE "Conversation" SET "status" = 'closed', "resolution" = $2, "closedAt" = $3, "updatedAt" = $3, "waitUntil" = NULL WHERE "${column}" = $1 AND "status" <> 'closed'`,
    params: [value, resolution, now],
  };
}
