import { call } from "./journeys-api";
import type { ConversationDetail } from "../conversations/api-schemas";

const base = (contactId: string) => `/api/conversations/${contactId}`;

/** The browser's side of /api/conversations; bodies as api-schemas.ts says. */
export const conversationsApi = {
  get: (contactId: string) => call<{ conversation: ConversationDetail }>(base(contactId)).then((r) => r.conversation),
  take: (contactId: string) => call(`${base(contactId)}/take`, { method: "POST" }),
  assign: (contactId: string, userId: string) => call(`${base(contactId)}/assign`, { method: "POST", json: { userId } }),
  note: (contactId: string, text: string) => call(`${base(contactId)}/notes`, { method: "POST", json: { text } }),
  read: (contactId: string) => call(`${base(contactId)}/read`, { method: "POST" }),
  send: (contactId: string, message: { text: string; quickReplies?: string[] } | { mediaUrl: string; caption?: string } | { template: { name: string; language: string; bodyParameters: string[] } }) =>
    call(`${base(contactId)}/messages`, { method: "POST", json: message }),
  handBack: (contactId: string, vars: Record<string, unknown>) => call(`${base(contactId)}/return`, { method: "POST", json: { vars } }),
  close: (contactId: string) => call(`${base(contactId)}/close`, { method: "POST" }),
};
