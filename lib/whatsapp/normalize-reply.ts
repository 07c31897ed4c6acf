import { parseBoundedJson } from "../json/bounded-json";
import type { InboundMessageEvent } from "./webhook-schema";

/** The `reply` a journey sees (journey-format.md, Templating): one shape for every channel type. */
export type Reply = {
  type: "text" | "button" | "list" | "flow" | "location" | "image" | "video" | "audio" | "file" | "other";
  text?: string;
  id?: string;
  title?: string;
  description?: string;
  flow?: Record<string, unknown>;
  location?: { latitude: number; longitude: number };
  mediaUrl?: string;
  receivedAt: string;
  umid: string;
};

const MEDIA: Record<string, Reply["type"]> = { image: "image", video: "video", audio: "audio", file: "file", document: "file" };

/** 8x8's inbound payload → `reply`. Documents arrive as `File` or `Document` (8x8's pages disagree). */
export function normalizeReply(event: InboundMessageEvent): Reply {
  const { payload } = event;
  const base = { receivedAt: payload.timestamp ?? new Date().toISOString(), umid: payload.umid };
  const content = payload.content;
  const type = payload.type.toLowerCase();
  const interactive = content.interactive;
  if (interactive?.button_reply) {
    return { ...base, type: "button", id: interactive.button_reply.id, title: interactive.button_reply.title, text: interactive.button_reply.title };
  }
  if (interactive?.list_reply) {
    const { id, title, description } = interactive.list_reply;
    return { ...base, type: "list", id, title, description, text: title };
  }
  if (interactive?.nfmReply) {
    let flow: Record<string, unknown> = {};
    try {
      const parsed = parseBoundedJson(interactive.nfmReply.responseJson) as Record<string, unknown> | null;
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) flow = parsed;
    } catch {
      // A Flow answer that is not JSON (or nests too deep) is kept as text rather than dropped.
      return { ...base, type: "flow", flow: {}, text: interactive.nfmReply.responseJson };
    }
    return { ...base, type: "flow", flow };
  }
  // A template's quick-reply tap: 8x8 does not document its shape (8x8-chatapps.md §7, 5);
  // a "Button" message with the payload the template was sent with is read as the tap.
  if (type === "button" && content.payload) {
    return { ...base, type: "button", id: content.payload, title: content.text ?? content.payload, text: content.text ?? content.payload };
  }
  if (content.location) return { ...base, type: "location", location: { latitude: content.location.latitude, longitude: content.location.longitude } };
  if (MEDIA[type]) return { ...base, type: MEDIA[type], mediaUrl: content.url, text: content.text };
  if (type === "text" || content.text !== undefined) return { ...base, type: "text", text: content.text ?? "" };
  return { ...base, type: "other", text: content.text ?? content.payload };
}

/** msisdn when 8x8 sends one, else the business-scoped channelUserId (v3 may omit msisdn). */
export function contactKey(user: { msisdn?: string; channelUserId?: string }): string {
  return user.msisdn ? `msisdn:${user.msisdn}` : `cuid:${user.channelUserId}`;
}
