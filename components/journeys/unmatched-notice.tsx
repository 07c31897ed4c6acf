"use client";

import { MessageSquareWarning } from "lucide-react";
import { RelativeTime } from "@/components/ui/relative-time";
import type { InboundList } from "@/lib/inbound/api-schemas";

/**
 * Messages no live journey took in the last day: the customers who got no answer. The
 * runtime keeps every one (InboxEvent.outcome), so the owner can publish a journey whose
 * trigger matches them.
 */
export function UnmatchedNotice({ inbound }: { inbound: InboundList }) {
  const count = inbound.unmatchedLast24h;
  if (count === 0) return null;
  return (
    <details className="group mb-5 rounded-xl bg-amber-50 ring-1 ring-amber-200" aria-label="Unanswered messages">
      <summary className="flex cursor-pointer list-none items-start gap-3 px-5 py-3.5 [&::-webkit-details-marker]:hidden">
        <MessageSquareWarning className="mt-0.5 size-5 shrink-0 text-amber-600" />
        <span className="min-w-0 flex-1">
          <span className="block text-sm font-semibold text-amber-900">
            {count} {count === 1 ? "message" : "messages"} in the last 24 hours matched no live journey
          </span>
          <span className="block text-sm text-amber-800/80">These customers got no answer. Publish a journey whose trigger matches them.</span>
        </span>
        <span className="mt-0.5 text-sm font-medium text-amber-800 group-open:hidden">Show</span>
        <span className="mt-0.5 hidden text-sm font-medium text-amber-800 group-open:inline">Hide</span>
      </summary>
      <ul className="divide-y divide-amber-200/70 border-t border-amber-200/70" aria-label="Unmatched messages">
        {inbound.messages.map((message) => (
          <li key={message.id} className="flex items-baseline gap-4 px-5 py-2.5 text-sm">
            <span className="w-44 shrink-0 truncate font-medium text-slate-800">{message.contact?.name || message.contact?.msisdn || message.contact?.channelUserId || "Unknown"}</span>
            <span className="min-w-0 flex-1 truncate text-slate-700">{message.text ? `“${message.text}”` : <em className="text-slate-500">a {message.type} message</em>}</span>
            <span className="hidden shrink-0 text-slate-500 md:inline">{message.note}</span>
            <span className="w-28 shrink-0 text-right text-slate-500">
              <RelativeTime iso={message.receivedAt} />
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
