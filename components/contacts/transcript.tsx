"use client";

import Link from "next/link";
import { Fragment, useState } from "react";
import { MessageStatusBadge } from "@/components/runs/run-status-badge";
import { BusinessMessage } from "@/components/simulator/business-message";
import { ContactMessage } from "@/components/simulator/contact-message";
import { Button } from "@/components/ui/button";
import type { TranscriptItem } from "@/lib/contacts/api-schemas";
import { call } from "@/lib/journeys/api-client";

const NOTHING = () => undefined;
const day = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/**
 * A contact's whole conversation, drawn as WhatsApp draws it (the preview's bubbles), with
 * each business message's delivery status and the run that sent it. Oldest at the top;
 * older pages load on demand.
 */
export function Transcript({ contactId, initial, initialBefore }: { contactId: string; initial: TranscriptItem[]; initialBefore: string | null }) {
  const [messages, setMessages] = useState(() => [...initial].reverse());
  const [before, setBefore] = useState(initialBefore);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const loadOlder = async () => {
    if (!before) return;
    setLoading(true);
    setError(null);
    try {
      const page = await call<{ messages: TranscriptItem[]; nextBefore: string | null }>(`/api/contacts/${contactId}/messages?before=${encodeURIComponent(before)}`);
      setMessages((current) => [...[...page.messages].reverse(), ...current]);
      setBefore(page.nextBefore);
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setLoading(false);
    }
  };

  return (
    <div
      role="log"
      aria-label="Conversation"
      className="space-y-2 rounded-xl bg-[#efeae2] px-4 py-4 shadow-sm ring-1 ring-slate-200 [background-image:radial-gradient(rgba(0,0,0,0.035)_1px,transparent_1px)] [background-size:14px_14px]"
    >
      {before && (
        <div className="flex justify-center">
          <Button size="sm" onClick={loadOlder} disabled={loading}>{loading ? "Loading…" : "Load older messages"}</Button>
        </div>
      )}
      {error && <p role="alert" className="text-center text-sm text-rose-600">{error}</p>}
      {messages.length === 0 && <p className="py-8 text-center text-sm text-[#54656f]">No messages with this contact yet.</p>}
      {messages.map((m, i) => (
        <Fragment key={m.id}>
          {(i === 0 || day(messages[i - 1].at) !== day(m.at)) && (
            <div className="mx-auto w-fit rounded-md bg-white/90 px-2.5 py-1 text-[11.5px] text-[#54656f] shadow-sm">{day(m.at)}</div>
          )}
          {m.from === "contact" ? (
            <ContactMessage reply={m.reply} at={m.at} status="read" />
          ) : (
            <div data-testid="business-message" className="max-w-md">
              <BusinessMessage send={m.send} at={m.at} onReply={NOTHING} onOpenList={NOTHING} onOpenFlow={NOTHING} />
              <div className="mt-1 flex flex-wrap items-center gap-2 pl-1 text-[11px] text-[#54656f]">
                <MessageStatusBadge status={m.status} />
                {m.error && <span className="text-rose-700">{m.error}</span>}
                {m.runId && <Link href={`/runs/${m.runId}`} className="font-medium text-emerald-800 hover:underline">Run ›</Link>}
              </div>
            </div>
          )}
        </Fragment>
      ))}
    </div>
  );
}
