import "server-only";
import type { SqlStatement } from "../db/raw-connection";
import type { KeywordAction, KeywordSettings } from "../whatsapp/keyword-settings";
import type { RunEvent } from "./advance";
import type { PublishedJourney } from "./journey-cache";
import type { RunRow } from "./run-records";
import { queueMessage } from "../conversations/queue-message";
import { closeConversations, openConversation } from "../conversations/conversation-records";

type Contact = { id: string; msisdn: string | null; channelUserId: string | null };

/** What the lane does for a keyword: statements that commit with the event, and what happens to the contact's run. */
export type KeywordPlan = {
  statements: SqlStatement[];
  /** End the run the contact is in, as completed with this outcome. */
  close?: RunEvent & { type: "close" };
  /** Start this journey at this trigger instead (ending the current run). */
  start?: { live: PublishedJourney; triggerNodeId: string };
  /** Let the message start a journey whose trigger it matches, like any other message (ending the current run first). */
  matchTriggers?: boolean;
  /** A conversation opened now waits until then (the runtime's alarm wakes for it). */
  waitUntil?: Date;
};

/**
 * A workspace keyword interrupts whatever the contact was doing:
 * - opt-out (STOP): marks them, ends their run as `opted_out`, confirms once;
 * - opt-in (START): unmarks them and says so;
 * - human (AGENT): ends their run and opens a conversation in the keyword's queue, with the
 *   workspace's message and waiting time (no run holds it, so the conversation keeps its own
 *   deadline; see `conversationEvent`);
 * - restart (MENU): ends their run and starts the chosen journey; with none chosen (or
 *   none live), the message then starts whatever journey its trigger matches, so a
 *   journey triggered by "menu" keeps starting on it.
 */
export function planKeyword(action: KeywordAction, settings: KeywordSettings, contact: Contact, active: RunRow | undefined, published: PublishedJourney[], eventId: number, now: Date): KeywordPlan {
  const user = userOf(contact);
  const say = sayTo(contact, eventId, now);
  const end = (outcome: string) => (active ? { close: { type: "close" as const, outcome } } : {});
  switch (action) {
    case "optOut":
      return {
        statements: [{ sql: `UPDATE "Contact" SET "optedOutAt" = $2 WHERE "id" = $1`, params: [contact.id, now] }, closeConversations({ contactId: contact.id }, "opted_out", now), say(settings.optOutReply)],
        ...end("opted_out"),
      };
    case "optIn":
      return { statements: [{ sql: `UPDATE "Contact" SET "optedOutAt" = NULL WHERE "id" = $1`, params: [contact.id] }, say(settings.optInReply)] };
    case "human": {
      const waitUntil = new Date(now.getTime() + settings.humanWaitSeconds * 1000);
      return {
        statements: [
          ...openConversation({ contactId: contact.id, queue: settings.humanQueue, detail: { contact: user, keyword: true }, waitUntil }, now),
          ...(settings.humanMessage ? [say(settings.humanMessage)] : []),
        ],
        waitUntil,
        ...end("handed_to_person"),
      };
    }
    case "restart": {
      const start = restartJourney(settings, published);
      return start ? { statements: [], start } : { statements: [], matchTriggers: true, ...end("restarted") };
    }
  }
}

/** The live journey a restart keyword (and a keyword conversation's hand back) starts, at its inbound trigger. */
export function restartJourney(settings: KeywordSettings, published: PublishedJourney[]) {
  const live = published.find((p) => p.journeyId === settings.restartJourneyId);
  const trigger = live && (live.compiled.triggers.find((t) => t.type === "trigger.inbound") ?? live.compiled.triggers[0]);
  return live && trigger ? { live, triggerNodeId: trigger.id } : undefined;
}

type KeywordConversation = { id: string; status: string };

/**
 * What the lane does for a conversation a keyword opened (no run waits for it):
 * - its waiting time ran out while still waiting: it closes as `no_answer` and the customer
 *   is told, inside the 24-hour window;
 * - a person handed it back: it closes as `returned` and the restart journey starts with the
 *   variables they set (with none chosen, the contact's next message meets the triggers).
 */
export function planKeywordConversation(
  kind: "timeout" | "handback",
  conversation: KeywordConversation,
  settings: KeywordSettings,
  contact: Contact & { windowOpen: boolean; optedOut: boolean },
  published: PublishedJourney[],
  eventId: number,
  now: Date,
): KeywordPlan | null {
  if (kind === "timeout") {
    if (conversation.status !== "waiting") return null;
    const reply = settings.humanNoAnswerReply && contact.windowOpen && !contact.optedOut ? settings.humanNoAnswerReply : "";
    return { statements: [closeConversations({ id: conversation.id }, "no_answer", now), ...(reply ? [sayTo(contact, eventId, now)(reply)] : [])] };
  }
  if (conversation.status === "closed") return null;
  return { statements: [closeConversations({ id: conversation.id }, "returned", now)], start: restartJourney(settings, published) };
}

// 8x8 prefers msisdn when both are given; v3 contacts may only have the scoped id.
const userOf = (contact: Contact) => (contact.msisdn ? { msisdn: contact.msisdn } : { channelUserId: contact.channelUserId ?? undefined });

/** A keyword's answer is the business answering the customer's message: a plain text inside the window, one per event. */
function sayTo(contact: Contact, eventId: number, now: Date) {
  return (text: string) => queueMessage({ clientMessageId: `keyword:${eventId}`, runId: null, contactId: contact.id, user: userOf(contact), send: { type: "text", content: { text } }, at: now });
}
