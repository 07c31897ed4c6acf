import "server-only";
import { randomUUID } from "node:crypto";
import { DomainError, notFound } from "../errors/domain-error";
import type { Principal } from "../auth/principal";
import { isWindowOpen } from "../whatsapp/customer-window";
import type { Db } from "../db/client";
import { writeTransaction, type Tx } from "../db/write-transaction";
import type { SendContent } from "../steps/message/message-kind";
import { sqlOf } from "../db/sql-of";
import { queueMessage } from "./queue-message";
import type { z } from "zod";
import type { agentMessageBody } from "./api-schemas";
import { catalogLookups } from "../whatsapp/template-catalog";
import { sendRefusal } from "../whatsapp/send-permission";
import { templateStore } from "../templates/template-store";

type Person = Pick<Principal, "userId" | "name">;

/**
 * What a person does with a conversation from the inbox or the API. Each acts on the
 * contact's open conversation and changes nothing when there is none (404) or when the
 * conversation is in no state for it (409).
 */
export const conversationActions = {
  /** Takes a waiting conversation: it is theirs, and the handoff's waiting time stops. */
  take: (db: Db, contactId: string, person: Person) => assignTo(db, contactId, person, true),

  /** Gives it to a member (taking it off the waiting list if it was there). */
  async assign(db: Db, contactId: string, userId: string) {
    const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true } });
    if (!user) throw new DomainError("invalid", "unknown_member", "No member has that id", { issues: [{ path: "userId", code: "unknown_member", message: "not a member" }] });
    return assignTo(db, contactId, { userId: user.id, name: user.name }, false);
  },

  async note(db: Db, contactId: string, person: Person, text: string) {
    const conversation = await openConversation(db, contactId);
    await db.conversationNote.create({ data: { conversationId: conversation.id, authorName: person.name, text } });
    await db.conversation.update({ where: { id: conversation.id }, data: { updatedAt: new Date() } });
  },

  async markRead(db: Db, contactId: string) {
    const conversation = await openConversation(db, contactId);
    await db.conversation.update({ where: { id: conversation.id }, data: { unread: 0 } });
  },

  /**
   * Queues a person's message in the outbox, where the runtime's dispatcher sends it like
   * any other (retries, receipts, one at a time per contact, in order), once the one send
   * check allows it: opt-out, the 24-hour window, the template's status.
   */
  async send(db: Db, contactId: string, message: z.infer<typeof agentMessageBody>, person?: Person) {
    let conversation = await openConversation(db, contactId);
    // The first answer takes a waiting conversation: the waiting time stops, so "nobody is
    // free" never follows a person's reply.
    if (person && conversation.status === "waiting") {
      await assignTo(db, contactId, person, true);
      conversation = await openConversation(db, contactId);
    }
    const contact = await db.contact.findUniqueOrThrow({ where: { id: contactId }, select: { channelId: true, msisdn: true, channelUserId: true, lastInboundAt: true, optedOutAt: true } });
    const send = toSend(message);
    const catalog = send.type === "template" ? catalogLookups(await templateStore(db).catalog(), [contact.channelId])[0] : null;
    const refused = sendRefusal(send, { windowOpen: isWindowOpen(contact.lastInboundAt, new Date()), optedOut: contact.optedOutAt !== null }, catalog);
    if (refused) throw new DomainError("conflict", refused.code, refused.message);
    const clientMessageId = `agent:${randomUUID()}`;
    // 8x8 prefers msisdn when both are given; v3 contacts may only have the scoped id.
    const user = contact.msisdn ? { msisdn: contact.msisdn } : { channelUserId: contact.channelUserId ?? undefined };
    const now = new Date();
    await (await sqlOf(db)).batch([
      queueMessage({ clientMessageId, runId: conversation.runId, contactId, user, send, at: now }),
      { sql: `UPDATE "Conversation" SET "lastMessageAt" = $2, "updatedAt" = $2 WHERE "id" = $1`, params: [conversation.id, now] },
    ]);
    return { clientMessageId };
  },

  /** Gives the customer back to the journey: its run goes on along `returned`, with these variables (a keyword's conversation: the restart journey starts with them). */
  handBack: (db: Db, contactId: string, vars: Record<string, unknown> | undefined) => queueRunEvent(db, contactId, "handback", { handle: "returned", vars: vars ?? {} }),

  /** Ends the conversation without returning: the run ends as completed, outcome `closed_by_agent`. */
  async close(db: Db, contactId: string) {
    const conversation = await openConversation(db, contactId);
    // A keyword's conversation has no run: closing it gives the contact back to the journeys' triggers.
    if (!conversation.runId) {
      await db.conversation.update({ where: { id: conversation.id }, data: { status: "closed", resolution: "closed_by_agent", closedAt: new Date(), waitUntil: null } });
      return;
    }
    await queueRunEvent(db, contactId, "close", { outcome: "closed_by_agent" });
  },
};

async function openConversation(db: Db | Tx, contactId: string) {
  const conversation = await db.conversation.findFirst({ where: { contactId, status: { not: "closed" } }, orderBy: { createdAt: "desc" } });
  if (!conversation) throw notFound("Open conversation");
  return conversation;
}

async function assignTo(db: Db, contactId: string, person: Person, onlyIfWaiting: boolean) {
  return writeTransaction(db, async (tx) => {
    const conversation = await openConversation(tx, contactId);
    if (onlyIfWaiting && conversation.status !== "waiting") {
      throw new DomainError("conflict", "already_taken", `${conversation.assigneeName ?? "Someone"} has this conversation already`);
    }
    const now = new Date();
    await tx.conversation.update({
      where: { id: conversation.id },
      data: { status: "assigned", assigneeId: person.userId, assigneeName: person.name, takenAt: conversation.takenAt ?? now, unread: 0, waitUntil: null },
    });
    if (conversation.status === "waiting" && conversation.runId) {
      // Somebody answered: "no one answered" must not fire. Moving the run's version makes
      // a timer that fired a moment ago stale as well.
      await tx.timer.updateMany({ where: { runId: conversation.runId, firedAt: null }, data: { firedAt: now } });
      await tx.run.updateMany({ where: { id: conversation.runId, status: "waiting" }, data: { stateVersion: { increment: 1 } } });
    }
  });
}

/** The run waiting for this conversation gets an event in its contact's lane, in order with the customer's messages. */
async function queueRunEvent(db: Db, contactId: string, kind: "handback" | "close", detail: Record<string, unknown>) {
  const conversation = await openConversation(db, contactId);
  // A keyword's conversation has no run: handed back, the lane closes it and starts the restart journey.
  if (!conversation.runId && kind !== "handback") throw new DomainError("conflict", "no_run", "This conversation has no journey run to return to");
  await db.inboxEvent.upsert({
    where: { dedupeKey: `${kind}:${conversation.id}` },
    create: { dedupeKey: `${kind}:${conversation.id}`, kind, contactId, payload: { runId: conversation.runId, conversationId: conversation.id, ...detail } },
    update: {},
  });
}

function toSend(message: z.infer<typeof agentMessageBody>): SendContent {
  if ("template" in message) {
    const { name, language, bodyParameters } = message.template;
    const components = bodyParameters.length ? [{ type: "body", parameters: bodyParameters.map((text) => ({ type: "text", text })) }] : [];
    return { type: "template", content: { template: { name, language, components } } };
  }
  if ("mediaUrl" in message) return { type: message.kind, content: { url: message.mediaUrl, ...(message.caption && { text: message.caption }) } };
  if (!message.quickReplies) return { type: "text", content: { text: message.text } };
  return {
    type: "interactive",
    content: { interactive: { type: "button", body: { text: message.text }, action: { buttons: message.quickReplies.map((title, i) => ({ type: "reply", reply: { id: `agent_${i + 1}`, title } })) } } },
  };
}
