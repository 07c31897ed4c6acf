import type { Metadata } from "next";
import Link from "next/link";
import { Search } from "lucide-react";
import { PageHeader } from "@/components/page-header";
import { RunStatusBadge } from "@/components/runs/run-status-badge";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { pagePrincipal } from "@/lib/api/page-auth";
import { listContactsQuery } from "@/lib/contacts/api-schemas";
import { listContacts } from "@/lib/contacts/contact-queries";
import { getDb } from "@/lib/db/client";

export const metadata: Metadata = { title: "Contacts" };

/** Everyone the journeys talk to, most recently active first, with a search. */
export default async function ContactsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await pagePrincipal();
  const params = await searchParams;
  const query = listContactsQuery.safeParse(params);
  const { contacts, nextCursor } = await listContacts(await getDb(), query.success ? query.data : listContactsQuery.parse({}));
  const q = query.success ? (query.data.q ?? "") : "";
  return (
    <>
      <PageHeader title="Contacts" description="Everyone your journeys talk to, per WhatsApp number: their 24-hour window, the run they are in, and the whole conversation." />
      <div className="space-y-4 px-8 py-6">
        <form role="search" className="flex max-w-md items-center gap-2 rounded-lg bg-white px-3 shadow-sm ring-1 ring-slate-300 focus-within:ring-2 focus-within:ring-emerald-600">
          <Search className="size-4 text-slate-400" />
          <input name="q" defaultValue={q} placeholder="Name, number or id" aria-label="Find a contact" className="h-9 flex-1 bg-transparent text-sm outline-none" />
        </form>
        <div className="overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-100 bg-slate-50 text-xs text-slate-500">
              <tr>
                <th className="px-5 py-2 font-medium">Contact</th>
                <th className="py-2 font-medium">Channel</th>
                <th className="py-2 font-medium">Last message</th>
                <th className="py-2 font-medium">24-hour window</th>
                <th className="px-5 py-2 font-medium">Now in</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {contacts.map((c) => (
                <tr key={c.id} className="hover:bg-slate-50">
                  <td className="px-5 py-3">
                    <Link href={`/contacts/${c.id}`} className="font-medium text-slate-900 hover:underline">{c.name ?? c.msisdn ?? c.channelUserId}</Link>
                    {c.name && <div className="text-xs text-slate-500">{c.msisdn ?? c.channelUserId}</div>}
                  </td>
                  <td className="py-3 text-slate-700" title={c.channelId}>{c.channelName}</td>
                  <td className="py-3 text-slate-600">{c.lastInboundAt ? <RelativeTime iso={c.lastInboundAt} /> : "never wrote"}</td>
                  <td className="py-3">{c.windowOpenUntil ? <Badge tone="success">open, closes <RelativeTime iso={c.windowOpenUntil} /></Badge> : <Badge>closed</Badge>}</td>
                  <td className="px-5 py-3">
                    {c.activeRun ? (
                      <Link href={`/runs/${c.activeRun.id}`} className="inline-flex items-center gap-2 hover:underline">
                        <span className="text-slate-800">{c.activeRun.journeyName}</span> <RunStatusBadge status={c.activeRun.status} />
                      </Link>
                    ) : (
                      <span className="text-slate-400">—</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {contacts.length === 0 && <p className="px-5 py-10 text-center text-sm text-slate-500">{q ? `Nobody matches “${q}”.` : "Nobody has written yet. Contacts appear with their first message or API start."}</p>}
          {nextCursor && (
            <div className="border-t border-slate-100 px-5 py-3">
              <Link href={`/contacts?${new URLSearchParams({ ...(q && { q }), cursor: nextCursor })}`} className="text-sm font-medium text-emerald-700 hover:underline">Next page</Link>
            </div>
          )}
        </div>
      </div>
    </>
  );
}
