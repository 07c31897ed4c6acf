import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/api/api-route";
import { agentMessageBody } from "@/lib/conversations/api-schemas";
import { conversationActions } from "@/lib/conversations/conversation-actions";

/** A person's message to the customer: text (with quick replies), media by URL, or a template. */
export const POST = apiRoute<{ contactId: string }>(async ({ request, params, db, principal }) => {
  const message = await conversationActions.send(db, params.contactId, await readJson(request, agentMessageBody), principal);
  return NextResponse.json({ message }, { status: 202 });
}, { permission: "runs:write" });
