"use client";

import Link from "next/link";
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ConversationCounts, ConversationSummary } from "@/lib/conversations/api-schemas";
import { call } from "@/lib/client/journeys-api";
import { useInboxEvents } from "./use-inbox-events";

const VIEWS = [
  ["waiting", "Waiting", "Nobody has these yet: the longest wait first."],
  ["mine", "Mine", "Conversations you took or were given."],
  ["open", "All open", "Every conversation a person has, newest message first."],
  ["closed", "Closed", "Handed back to the journey or closed, most recent first."],
] as const;
type View = (typeof VIEWS)[number][0];

/** The inbox: conversations journeys handed to people, live. */
export function InboxList({ initial }: { initial: { conversations: ConversationSummary[]; counts: ConversationCounts } }) {
  const [view, setView] = useState<View>("waiting");
  useInboxEvents();
  const { data } = useQuery({
    queryKey: ["conversations", view],
    queryFn: () => call<{ conversations: ConversationSummary[]; counts: ConversationCounts }>(`/api/conversations?view=${view}`),
    initialData: view === "waiting" ? initial : undefined,
  });
  const counts = data?.counts ?? initial.counts;
  return (
    <div className="space-y-4">
      <div role="tablist" aria-label="Conversations" className="flex gap-1 border-b border-slate-200">
        {VIEWS.map(([key, label]) => (
          <button
            key={key}
            role="tab"
            aria-selected={view === key}
            onClick={() => setView(key)}
            className={`-mb-px flex items-center gap-1.5 border-b-2 px-3 py-2 text-sm font-medium ${view === key ? "border-emerald-600 text-slate-900" : "border-transparent text-slate-500 hover:text-slate-800"}`}
          >
            {label}
            <span className="rounded-full bg-slate-100 px-1.5 text-xs text-slate-600 tabular-nums" data-testid={`count-${key}`}>
              {counts[key]}
            </span>
          </button>
        ))}
      </div>
      <p className="text-sm text-slate-500">{VIEWS.find(([key]) => key === view)![2]}</p>
      {!data ? (
        <p className="text-sm text-slate-500">Loading…</p>
      ) : data.conversations.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center text-sm text-slate-500">
          Nothing here. A journey's <b>Hand off to a person</b> step brings conversations to this inbox.
        </div>
      ) : (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200" aria-label="Conversation list">
          {data.conversations.map((c) => (
            <li key={c.id} aria-label={c.contactName}>
              <Link href={`/inbox/${c.contactId}`} className="flex items-center gap-4 px-5 py-3.5 hover:bg-slate-50">
                <span className="grid size-9 shrink-0 place-items-center rounded-full bg-emerald-50 text-sm font-semibold text-emerald-700">{c.contactName.slice(0, 1).toUpperCase()}</span>
                <div className="min-w-0 flex-1">
                  <div className="flex items-center gap-2">
                    <span className="truncate text-sm font-semibold text-slate-900">{c.contactName}</span>
                    <Badge>{c.queue}</Badge>
                    {c.status === "waiting" ? <Badge tone="warning">Waiting</Badge> : <Badge tone="success">{c.assigneeName ?? "Assigned"}</Badge>}
                  </div>
                  <p className="text-xs text-slate-500">
                    {c.status === "waiting" ? "Waiting since " : "Last message "}
                    <RelativeTime iso={c.status === "waiting" ? c.createdAt : c.lastMessageAt} />
                  </p>
                </div>
                {c.unread > 0 && (
                  <span className="rounded-full bg-emerald-600 px-2 py-0.5 text-xs font-semibold text-white tabular-nums" aria-label={`${c.unread} unread`}>
                    {c.unread}
                  </span>
                )}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
