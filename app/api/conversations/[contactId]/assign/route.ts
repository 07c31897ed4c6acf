import { apiRoute, readJson } from "@/lib/api/api-route";
import { assignBody } from "@/lib/conversations/api-schemas";
import { conversationActions } from "@/lib/conversations/conversation-actions";

/** Gives the conversation to a member. */
export const POST = apiRoute<{ contactId: string }>(async ({ request, params, db, audit }) => {
  const { userId } = await readJson(request, assignBody);
  await conversationActions.assign(db, params.contactId, userId);
  await audit("conversation.assigned", params.contactId, { userId });
  return { ok: true };
}, { permission: "runs:write" });
