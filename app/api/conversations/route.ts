import { apiRoute, parseWith } from "@/lib/api/api-route";
import { listConversationsQuery } from "@/lib/conversations/api-schemas";
import { conversationCounts, listConversations } from "@/lib/conversations/conversation-queries";

/** Conversations handed to people: `?view=waiting|mine|open`, with the inbox's counts. */
export const GET = apiRoute(async ({ request, db, principal }) => {
  const { view, counts: only } = parseWith(listConversationsQuery, Object.fromEntries(request.nextUrl.searchParams));
  if (only) return { counts: await conversationCounts(db, principal.userId) };
  const [conversations, counts] = await Promise.all([listConversations(db, view, principal.userId), conversationCounts(db, principal.userId)]);
  return { conversations, counts };
}, { permission: "read" });
