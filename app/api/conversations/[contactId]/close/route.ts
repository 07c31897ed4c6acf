import { apiRoute } from "@/lib/api/api-route";
import { getRuntime } from "@/lib/engine/runtime-host";
import { conversationActions } from "@/lib/conversations/conversation-actions";

/** Ends the conversation without returning: the run completes with outcome `closed_by_agent`. */
export const POST = apiRoute<{ contactId: string }>(async ({ params, db, audit }) => {
  await conversationActions.close(db, params.contactId);
  (await getRuntime()).kick(params.contactId);
  await audit("conversation.closed", params.contactId);
  return { ok: true };
}, { permission: "runs:write" });
