import type { Metadata } from "next";
import { ConversationView } from "@/components/inbox/conversation-view";
import { PageHeader } from "@/components/page-header";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { orNotFound } from "@/lib/api/or-not-found";
import { pagePrincipal } from "@/lib/api/page-auth";
import { transcript } from "@/lib/contacts/contact-queries";
import { getConversation } from "@/lib/conversations/conversation-queries";
import { getDb } from "@/lib/db/client";

export const metadata: Metadata = { title: "Conversation" };

export default async function ConversationPage({ params }: { params: Promise<{ contactId: string }> }) {
  await pagePrincipal();
  const { contactId } = await params;
  const db = await getDb();
  const conversation = await orNotFound(getConversation(db, contactId));
  const [first, members] = await Promise.all([transcript(db, contactId, { limit: 50 }), db.user.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } })]);
  return (
    <>
      <PageHeader eyebrow={<Breadcrumb items={[{ href: "/inbox", label: "Inbox" }]} />} title={conversation.contactName} description={conversation.windowOpenUntil ? "24-hour window open" : "24-hour window closed: templates only"} />
      <ConversationView initial={conversation} transcript={first} members={members} />
    </>
  );
}
