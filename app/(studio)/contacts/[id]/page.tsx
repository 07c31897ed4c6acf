import type { Metadata } from "next";
import Link from "next/link";
import { Transcript } from "@/components/contacts/transcript";
import { PageHeader } from "@/components/page-header";
import { RunStatusBadge } from "@/components/runs/run-status-badge";
import { Badge } from "@/components/ui/badge";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { orNotFound } from "@/lib/api/or-not-found";
import { pagePrincipal } from "@/lib/api/page-auth";
import { getContact, transcript } from "@/lib/contacts/contact-queries";
import { getDb } from "@/lib/db/client";
import { formatDate, formatDateTime } from "@/lib/format/format-date";

export const metadata: Metadata = { title: "Contact" };

export default async function ContactPage({ params }: { params: Promise<{ id: string }> }) {
  await pagePrincipal();
  const { id } = await params;
  const db = await getDb();
  const contact = await orNotFound(getContact(db, id));
  const first = await transcript(db, id, { limit: 50 });
  const who = contact.name ?? contact.msisdn ?? contact.channelUserId ?? id;
  return (
    <>
      <PageHeader
        eyebrow={<Breadcrumb items={[{ href: "/contacts", label: "Contacts" }]} />}
        title={who}
        badge={
          <>
            {contact.windowOpenUntil ? <Badge tone="success">24-hour window open</Badge> : <Badge>24-hour window closed</Badge>}
            {contact.optedOutAt && <Badge tone="danger">Opted out {formatDate(contact.optedOutAt)}</Badge>}
          </>
        }
        description={
          <>
            {contact.msisdn ?? contact.channelUserId} · channel {contact.channelName}
            {contact.windowOpenUntil && ` · closes ${formatDateTime(contact.windowOpenUntil)}`}
          </>
        }
        actions={
          contact.activeRun && (
            <Link href={`/runs/${contact.activeRun.id}`} className="inline-flex items-center gap-2 rounded-lg bg-white px-3 py-2 text-sm shadow-sm ring-1 ring-slate-200 hover:bg-slate-50">
              Now in <span className="font-medium">{contact.activeRun.journeyName}</span> <RunStatusBadge status={contact.activeRun.status} />
            </Link>
          )
        }
      />
      <div className="max-w-3xl px-8 py-6">
        <Transcript contactId={id} initial={first.messages} initialBefore={first.nextBefore} />
      </div>
    </>
  );
}
