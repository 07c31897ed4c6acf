import { z } from "zod";
import { jsonDepth, MAX_JSON_DEPTH } from "../json/bounded-json";
import { TEMPLATE_EVENT_TYPES, templateEvent } from "./template-event";

/**
 * 8x8 Chat Apps webhook bodies (../shared/docs/8x8-chatapps.md §1), v2 and v3 inbound,
 * v8 and v9 receipts. Lenient where 8x8's pages disagree or may add fields (unknown keys
 * pass through, message types are free strings), strict on what the runtime relies on.
 */
const user = z
  .object({
    msisdn: z.string().min(1).max(32).optional(),
    channelUserId: z.string().min(1).max(160).optional(),
    name: z.string().max(256).optional(),
    username: z.string().max(256).optional(),
  })
  .loose();

const interactive = z
  .object({
    type: z.string(),
    button_reply: z.object({ id: z.string(), title: z.string().optional() }).loose().optional(),
    list_reply: z.object({ id: z.string(), title: z.string().optional(), description: z.string().optional() }).loose().optional(),
    // A JSON document inside a string: the body's own depth limit does not see into it.
    nfmReply: z
      .object({
        responseJson: z
          .string()
          .max(64 * 1024)
          .refine((json) => jsonDepth(json, MAX_JSON_DEPTH) <= MAX_JSON_DEPTH, { error: `responseJson is nested deeper than ${MAX_JSON_DEPTH} levels` }),
      })
      .loose()
      .optional(),
  })
  .loose();

const content = z
  .object({
    text: z.string().optional(),
    url: z.string().optional(),
    payload: z.string().optional(),
    location: z.object({ latitude: z.number(), longitude: z.number() }).loose().optional(),
    interactive: interactive.optional(),
  })
  .loose();

export const inboundMessageEvent = z.object({
  namespace: z.string().optional(),
  eventType: z.literal("inbound_message_received"),
  description: z.string().optional(),
  version: z.number().optional(),
  payload: z
    .object({
      umid: z.string().min(1).max(100),
      subAccountId: z.string().optional(),
      timestamp: z.string().optional(),
      user: user.refine((u) => u.msisdn || u.channelUserId, { error: "user needs an msisdn or a channelUserId" }),
      recipient: z.object({ channel: z.string().optional(), channelId: z.string().optional() }).loose().optional(),
      type: z.string().min(1),
      content: content.prefault({}),
      replyToUmid: z.string().optional(),
    })
    .loose(),
});

export const deliveryReceiptEvent = z.object({
  namespace: z.string().optional(),
  eventType: z.literal("outbound_message_status_changed"),
  description: z.string().optional(),
  version: z.number().optional(),
  payload: z
    .object({
      umid: z.string().min(1).max(100),
      clientMessageId: z.string().max(50).optional(),
      subAccountId: z.string().optional(),
      channel: z.string().optional(),
      user: user.optional(),
      status: z
        .object({
          state: z.string().min(1),
          detail: z.string().optional(),
          timestamp: z.string().optional(),
          errorCode: z.union([z.number(), z.string()]).optional(),
          errorMessage: z.string().optional(),
        })
        .loose(),
    })
    .loose(),
});

/** Any other 8x8 event on the same URL: acknowledged and ignored. */
const otherEvent = z.object({ eventType: z.string().min(1) }).loose();

export const webhookEvent = z.union([inboundMessageEvent, deliveryReceiptEvent, otherEvent]);

export type InboundMessageEvent = z.infer<typeof inboundMessageEvent>;
export type DeliveryReceiptEvent = z.infer<typeof deliveryReceiptEvent>;

/**
 * Which schema an event must satisfy: one that names a known event type is held to that
 * type's shape (a malformed inbound message is a 400, not silently "other").
 */
export function parseWebhookEvent(body: unknown) {
  const eventType = (body as { eventType?: unknown } | null)?.eventType;
  if (eventType === "inbound_message_received") return { kind: "message" as const, result: inboundMessageEvent.safeParse(body) };
  if (eventType === "outbound_message_status_changed") return { kind: "receipt" as const, result: deliveryReceiptEvent.safeParse(body) };
  if ((TEMPLATE_EVENT_TYPES as readonly unknown[]).includes(eventType)) return { kind: "template" as const, result: templateEvent.safeParse(body) };
  return { kind: "other" as const, result: otherEvent.safeParse(body) };
}
