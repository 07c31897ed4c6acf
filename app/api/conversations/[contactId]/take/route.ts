import { apiRoute } from "@/lib/api/api-route";
import { conversationActions } from "@/lib/conversations/conversation-actions";

/** The asking member takes a waiting conversation; 409 when someone has it. */
export const POST = apiRoute<{ contactId: string }>(async ({ params, db, principal, audit }) => {
  await conversationActions.take(db, params.contactId, principal);
  await audit("conversation.taken", params.contactId);
  return { ok: true };
}, { permission: "runs:write" });
