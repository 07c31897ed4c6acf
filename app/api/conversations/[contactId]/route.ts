import { apiRoute } from "@/lib/api/api-route";
import { getConversation } from "@/lib/conversations/conversation-queries";

/** The contact's open conversation (else their latest): state, variables, notes, the 24-hour window. */
export const GET = apiRoute<{ contactId: string }>(async ({ params, db }) => ({ conversation: await getConversation(db, params.contactId) }), { permission: "read" });
