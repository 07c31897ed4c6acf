import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/api/api-route";
import { noteBody } from "@/lib/conversations/api-schemas";
import { conversationActions } from "@/lib/conversations/conversation-actions";

/** An internal note: the team sees it, the customer never does. */
export const POST = apiRoute<{ contactId: string }>(async ({ request, params, db, principal }) => {
  const { text } = await readJson(request, noteBody);
  await conversationActions.note(db, params.contactId, principal, text);
  return NextResponse.json({ ok: true }, { status: 201 });
}, { permission: "runs:write" });
