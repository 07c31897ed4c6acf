import { apiRoute } from "@/lib/api/api-route";
import { getConversation } from "@/lib/conversations/conversation-queries";
import { transcript } from "@/lib/contacts/contact-queries";

/**
 * The contact's open conversation (else their latest): state, variables, notes, the 24-hour
 * window, and its latest messages both ways (each with its id; older ones page through
 * GET /api/contacts/:id/messages?before=).
 */
export const GET = apiRoute<{ contactId: string }>(
  async ({ params, db }) => {
    const conversation = await getConversation(db, params.contactId);
    const { messages, nextBefore } = await transcript(db, params.contactId, { limit: 50 });
    return { conversation, transcript: messages, nextBefore };
  },
  { permission: "read" },
);
