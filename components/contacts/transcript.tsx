"use client";

import Link from "next/link";
import { Fragment, useEffect, useLayoutEffect, useRef, useState } from "react";
import { MessageStatusBadge } from "@/components/runs/run-status-badge";
import { BusinessMessage } from "@/components/simulator/business-message";
import { ContactMessage } from "@/components/simulator/contact-message";
import { Button } from "@/components/ui/button";
import type { TranscriptItem } from "@/lib/contacts/api-schemas";
import { call } from "@/lib/client/journeys-api";

const NOTHING = () => undefined;
const day = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/**
 * A contact's whole conversation, drawn as WhatsApp draws it (the preview's bubbles), with
 * each business message's delivery status and the run that sent it. Oldest at the top;
 * older pages load as it scrolls up to them (or with the button).
 */
const BY_LABEL = { agent: "Agent", journey: "Bot", keyword: "Keyword reply" } as const;

export function Transcript({ contactId, initial, initialBefore, revision }: { contactId: string; initial: TranscriptItem[]; initialBefore: string | null; revision?: number }) {
  const [messages, setMessages] = useState(() => [...initial].reverse());
  const [before, setBefore] = useState(initialBefore);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const top = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  // The distance from the bottom before older messages went in above, kept after they did.
  const fromBottom = useRef<number | null>(null);

  const loadOlder = async () => {
    if (!before) return;
    setLoading(true);
    setError(null);
    try {
      const page = await call<{ messages: TranscriptItem[]; nextBefore: string | null }>(`/api/contacts/${contactId}/messages?before=${encodeURIComponent(before)}`);
      if (box.current) fromBottom.current = box.current.scrollHeight - box.current.scrollTop;
      setMessages((current) => [...[...page.messages].reverse(), ...current]);
      setBefore(page.nextBefore);
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setLoading(false);
    }
  };

  // Live (the inbox): a change brings the newest page, merged in below what is shown.
  useEffect(() => {
    if (!revision) return;
    let current = true;
    void call<{ messages: TranscriptItem[] }>(`/api/contacts/${contactId}/messages`).then((page) => {
      if (!current) return;
      setMessages((shown) => {
        const fresh = new Map(page.messages.map((m) => [m.id, m]));
        const kept = shown.map((m) => fresh.get(m.id) ?? m);
        const known = new Set(shown.map((m) => m.id));
        return [...kept, ...[...page.messages].reverse().filter((m) => !known.has(m.id))];
      });
    });
    return () => {
      current = false;
    };
  }, [contactId, revision]);

  // Opens at the newest message; older ones going in above leave the view where it was.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    el.scrollTop = fromBottom.current === null ? el.scrollHeight : el.scrollHeight - fromBottom.current;
    fromBottom.current = null;
  }, [messages]);

  // Scrolling up to the oldest message shown loads the page before it, as a chat app does.
  useEffect(() => {
    const sentinel = top.current;
    if (!sentinel || !before || loading) return;
    const observer = new IntersectionObserver(([entry]) => entry.isIntersecting && void loadOlder(), { root: box.current, rootMargin: "200px 0px 0px 0px" });
    observer.observe(sentinel);
    return () => observer.disconnect();
  });

  return (
    <div
      ref={box}
      role="log"
      aria-label="Conversation"
      className="max-h-[calc(100dvh-13rem)] space-y-2 overflow-y-auto rounded-xl bg-[#efeae2] px-4 py-4 shadow-sm ring-1 ring-slate-200 [background-image:radial-gradient(rgba(0,0,0,0.035)_1px,transparent_1px)] [background-size:14px_14px]"
    >
      {before && (
        <div ref={top} className="flex justify-center">
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
            <div data-testid="business-message" data-by={m.by} className={`max-w-md ${m.by === "agent" ? "rounded-xl border-l-4 border-indigo-400 pl-1.5" : ""}`}>
              <BusinessMessage send={m.send} at={m.at} onReply={NOTHING} onOpenList={NOTHING} onOpenFlow={NOTHING} />
              <div className="mt-1 flex flex-wrap items-center gap-2 pl-1 text-[11px] text-[#54656f]">
                <span className={`rounded px-1.5 py-0.5 font-medium ${m.by === "agent" ? "bg-indigo-100 text-indigo-800" : "bg-white/80 text-[#54656f]"}`}>{BY_LABEL[m.by]}</span>
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
