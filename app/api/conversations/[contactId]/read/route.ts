import { apiRoute } from "@/lib/api/api-route";
import { conversationActions } from "@/lib/conversations/conversation-actions";

/** The customer's messages so far have been seen: the unread count goes to zero. */
export const POST = apiRoute<{ contactId: string }>(async ({ params, db }) => {
  await conversationActions.markRead(db, params.contactId);
  return { ok: true };
}, { permission: "runs:write" });
