import { inboundEvent, type InboundUser, type InboundWhat } from "../channels/8x8/fake/inbound-event";
import { inboundMessageEvent } from "../whatsapp/webhook-schema";
import type { Db } from "../db/client";
import { ingestMessage } from "../engine/ingest-webhook";
import type { Runtime } from "../engine/runtime";

/**
 * A customer's message as the webhook route takes it, without HTTP: stored in the inbox,
 * then the contact's lane runs to the end. Returns the contact's id.
 */
export async function customerSays(db: Db, runtime: Runtime, user: InboundUser | string, what: InboundWhat | string, at?: Date): Promise<string> {
  const person = typeof user === "string" ? { msisdn: user } : user;
  const event = inboundMessageEvent.parse(inboundEvent(person, typeof what === "string" ? { text: what } : what, { at }));
  const { contactId } = await ingestMessage(db, event);
  if (!contactId) throw new Error("the message was not stored");
  await runtime.kick(contactId);
  return contactId;
}
