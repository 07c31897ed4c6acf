import { randomUUID } from "node:crypto";

export type InboundUser = { msisdn?: string; channelUserId?: string; name?: string };
/** What the customer sends: text, a tap on a button or list row (with its title as shown), or a Flow answer. */
export type InboundWhat = { text?: string; buttonId?: string; listId?: string; title?: string; description?: string; flow?: Record<string, unknown> };

/**
 * An `inbound_message_received` webhook body as 8x8 sends it (8x8-chatapps.md §1): the
 * fake 8x8 posts these, and tests and the traffic seed that skip HTTP ingest them directly.
 */
export function inboundEvent(user: InboundUser, what: InboundWhat, options: { umid?: string; subAccountId?: string; version?: 2 | 3; at?: Date } = {}) {
  const interactive = what.buttonId
    ? { type: "button_reply", button_reply: { id: what.buttonId, title: what.title ?? what.buttonId } }
    : what.listId
      ? { type: "list_reply", list_reply: { id: what.listId, title: what.title ?? what.listId, ...(what.description && { description: what.description }) } }
      : what.flow
        ? { type: "nfmReply", nfmReply: { responseJson: JSON.stringify(what.flow) } }
        : null;
  return {
    ...((options.version ?? 3) === 3 && { version: 3 }), namespace: "ChatApps", eventType: "inbound_message_received", description: "ChatApps inbound message",
    payload: {
      umid: options.umid ?? randomUUID(), subAccountId: options.subAccountId ?? "Fake_WhatsApp", timestamp: (options.at ?? new Date()).toISOString(), user,
      recipient: { channel: "whatsapp", channelId: "fake-channel" },
      type: interactive ? "Interactive" : "Text",
      content: interactive ? { interactive } : { text: what.text ?? "" },
    },
  };
}
