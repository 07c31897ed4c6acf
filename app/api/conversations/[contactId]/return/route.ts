import { apiRoute, readJson } from "@/lib/api/api-route";
import { getRuntime } from "@/lib/engine/runtime-host";
import { handBackBody } from "@/lib/conversations/api-schemas";
import { conversationActions } from "@/lib/conversations/conversation-actions";

/** Hands the customer back to the journey: the run goes on along `returned`, with `vars` set. */
export const POST = apiRoute<{ contactId: string }>(async ({ request, params, db, audit }) => {
  const { vars } = await readJson(request, handBackBody);
  await conversationActions.handBack(db, params.contactId, vars);
  (await getRuntime()).kick(params.contactId);
  await audit("conversation.returned", params.contactId);
  return { ok: true };
}, { permission: "runs:write" });
