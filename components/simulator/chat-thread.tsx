"use client";

import { useEffect, useRef } from "react";
import { BadgeCheck } from "lucide-react";
import type { ChatMessage, PreviewReply } from "@/lib/preview/preview-schemas";
import { BusinessMessage, type FlowOpener, type ListPicker } from "./business-message";
import { ContactMessage } from "./contact-message";
import { usePreview } from "./preview-context";

type Props = {
  business: string;
  onReply(reply: PreviewReply): void;
  onOpenList(list: ListPicker): void;
  onOpenFlow(flow: FlowOpener, nodeId: string): void;
};

const NO_MESSAGES: ChatMessage[] = [];
const SYSTEM_TONE = { info: "bg-[#e1f2fb] text-[#54656f]", warning: "bg-[#ffeecd] text-[#54656f]", error: "bg-rose-100 text-rose-800" } as const;

/** The conversation as the contact sees it, scrolled to the newest message. */
export function ChatThread({ business, onReply, onOpenList, onOpenFlow }: Props) {
  const messages = usePreview((s) => s.snapshot?.messages ?? NO_MESSAGES);
  const busy = usePreview((s) => s.snapshot?.busy ?? false);
  const error = usePreview((s) => s.error);
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Braces matter: newer Chromium returns a promise from scrollIntoView, and an effect must not.
    void end.current?.scrollIntoView({ block: "end" });
  }, [messages.length, busy]);

  return (
    <>
      <div className="flex h-14 shrink-0 items-center gap-2.5 bg-[#008069] px-3 text-white">
        <span className="grid size-9 shrink-0 place-items-center rounded-full bg-white/20 text-[15px] font-semibold">{business.slice(0, 1).toUpperCase()}</span>
        <div className="min-w-0">
          {/* A long business name ends in an ellipsis, as WhatsApp draws it; the badge stays beside it. */}
          <div className="flex items-center gap-1 text-[15px] font-medium">
            <span className="min-w-0 truncate">{business}</span> <BadgeCheck className="size-4 shrink-0 fill-[#25d366] text-[#008069]" />
          </div>
          <div className="text-[12px] text-white/80" aria-live="polite">{busy ? "typing…" : "Business account"}</div>
        </div>
      </div>
      <div
        className="min-h-0 flex-1 space-y-2 overflow-y-auto px-3 py-3 [background-image:radial-gradient(rgba(0,0,0,0.035)_1px,transparent_1px)] [background-size:14px_14px]"
        role="log"
        aria-label="Chat"
      >
        <div className="mx-auto w-fit rounded-md bg-white/90 px-2.5 py-1 text-[11.5px] text-[#54656f] shadow-sm">Today</div>
        {messages.length === 0 && (
          <div className="mx-auto max-w-[85%] rounded-md bg-[#ffeecd] px-3 py-2 text-center text-[12px] text-[#54656f]">
            Write the message a customer would send to start this journey. Nothing reaches WhatsApp.
          </div>
        )}
        {messages.map((m) =>
          m.from === "business" ? (
            <BusinessMessage key={m.id} send={m.send} at={m.at} onReply={onReply} onOpenList={onOpenList} onOpenFlow={(flow) => onOpenFlow(flow, m.nodeId)} />
          ) : m.from === "contact" ? (
            <ContactMessage key={m.id} reply={m.reply} at={m.at} status={m.status} />
          ) : (
            <div key={m.id} role="note" className={`mx-auto w-fit max-w-[90%] rounded-md px-2.5 py-1 text-center text-[12px] shadow-sm ${SYSTEM_TONE[m.tone]}`}>
              {m.text}
            </div>
          ),
        )}
        {busy && (
          <div className="flex w-fit gap-1 rounded-lg rounded-tl-none bg-white px-3 py-2.5 shadow-sm" aria-label="Typing">
            {[0, 150, 300].map((delay) => <span key={delay} className="size-1.5 animate-bounce rounded-full bg-[#8696a0]" style={{ animationDelay: `${delay}ms` }} />)}
          </div>
        )}
        {error && <div role="alert" className="mx-auto w-fit max-w-[90%] rounded-md bg-rose-100 px-2.5 py-1 text-center text-[12px] text-rose-800">{error}</div>}
        <div ref={end} />
      </div>
    </>
  );
}
