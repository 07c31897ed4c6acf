import type { Metadata } from "next";
import { InboxList } from "@/components/inbox/inbox-list";
import { PageHeader } from "@/components/page-header";
import { pagePrincipal } from "@/lib/api/page-auth";
import { conversationCounts, listConversations } from "@/lib/conversations/conversation-queries";
import { getDb } from "@/lib/db/client";

export const metadata: Metadata = { title: "Inbox" };

/** Conversations journeys handed to people: waiting, mine, all open. */
export default async function InboxPage() {
  const principal = await pagePrincipal();
  const db = await getDb();
  const [conversations, counts] = await Promise.all([listConversations(db, "waiting", principal.userId), conversationCounts(db, principal.userId)]);
  return (
    <>
      <PageHeader title="Inbox" description="Customers a journey handed to your team. While a person has a conversation the bot stays quiet; hand it back and the journey goes on." />
      <div className="max-w-4xl px-8 py-6">
        <InboxList initial={{ conversations, counts }} />
      </div>
    </>
  );
}
