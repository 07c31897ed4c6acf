import "server-only";
import type { SqlStatement } from "../db/raw-connection";
import type { KeywordAction, KeywordSettings } from "../keywords/keyword-settings";
import type { RunEvent } from "./advance";
import type { PublishedJourney } from "./journey-cache";
import { queueMessage, type RunRow } from "./run-records";
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
};

/**
 * A workspace keyword interrupts whatever the contact was doing:
 * - opt-out (STOP): marks them, ends their run as `opted_out`, confirms once;
 * - opt-in (START): unmarks them and says so;
 * - human (AGENT): ends their run and opens a conversation in the keyword's queue;
 * - restart (MENU): ends their run and starts the chosen journey; with none chosen (or
 *   none live), the message then starts whatever journey its trigger matches, so a
 *   journey triggered by "menu" keeps starting on it.
 */
export function planKeyword(action: KeywordAction, settings: KeywordSettings, contact: Contact, active: RunRow | undefined, published: PublishedJourney[], eventId: number, now: Date): KeywordPlan {
  const user = contact.msisdn ? { msisdn: contact.msisdn } : { channelUserId: contact.channelUserId ?? undefined };
  // The confirmation is the business answering the customer's message: a plain text inside the window.
  const say = (text: string) => queueMessage({ clientMessageId: `keyword:${eventId}`, runId: null, contactId: contact.id, user, send: { type: "text", content: { text } }, at: now });
  const end = (outcome: string) => (active ? { close: { type: "close" as const, outcome } } : {});
  switch (action) {
    case "optOut":
      return {
        statements: [{ sql: `UPDATE "Contact" SET "optedOutAt" = $2 WHERE "id" = $1`, params: [contact.id, now] }, closeConversations({ contactId: contact.id }, "opted_out", now), say(settings.optOutReply)],
        ...end("opted_out"),
      };
    case "optIn":
      return { statements: [{ sql: `UPDATE "Contact" SET "optedOutAt" = NULL WHERE "id" = $1`, params: [contact.id] }, say(settings.optInReply)] };
    case "human":
      return {
        statements: openConversation({ contactId: contact.id, queue: settings.humanQueue, detail: { contact: user, keyword: true } }, now),
        ...end("handed_to_person"),
      };
    case "restart": {
      const live = published.find((p) => p.journeyId === settings.restartJourneyId);
      const trigger = live && (live.compiled.triggers.find((t) => t.type === "trigger.inbound") ?? live.compiled.triggers[0]);
      return live && trigger ? { statements: [], start: { live, triggerNodeId: trigger.id } } : { statements: [], matchTriggers: true, ...end("restarted") };
    }
  }
}
