"use client";

import { useState } from "react";
import { SendHorizontal, X } from "lucide-react";
import type { PreviewReply } from "@/lib/preview/preview-schemas";
import type { ListPicker } from "./business-message";

/** The sheet a list message's button opens: sections of rows, one to pick, then send. */
export function ListSheet({ list, onClose, onReply }: { list: ListPicker; onClose(): void; onReply(reply: PreviewReply): void }) {
  const [picked, setPicked] = useState<string | null>(null);
  const rows = list.sections.flatMap((s) => s.rows);
  const send = () => {
    const row = rows.find((r) => r.id === picked);
    if (!row) return;
    onReply({ type: "list", id: row.id, title: row.title, ...(row.description && { description: row.description }) });
    onClose();
  };
  return (
    <Sheet label={list.title} onClose={onClose}>
      <div className="min-h-0 flex-1 overflow-y-auto" role="radiogroup" aria-label={list.title}>
        {list.sections.map((section, s) => (
          <section key={s} className="pb-1">
            {section.title && <h3 className="px-5 pt-3 pb-1 text-[13px] font-medium text-[#008069]">{section.title}</h3>}
            {section.rows.map((row) => (
              <button
                key={row.id}
                type="button"
                role="radio"
                aria-checked={picked === row.id}
                onClick={() => setPicked(row.id)}
                className="flex w-full items-center gap-3 px-5 py-2.5 text-left hover:bg-[#f5f6f6]"
              >
                <span className="min-w-0 flex-1">
                  <span className="block text-[15px] text-[#111b21]">{row.title}</span>
                  {row.description && <span className="block text-[13px] text-[#667781]">{row.description}</span>}
                </span>
                <span className={`grid size-5 shrink-0 place-items-center rounded-full border-2 ${picked === row.id ? "border-[#00a884]" : "border-[#8696a0]"}`}>
                  {picked === row.id && <span className="size-2.5 rounded-full bg-[#00a884]" />}
                </span>
              </button>
            ))}
          </section>
        ))}
      </div>
      <div className="flex justify-end border-t border-[#e9edef] px-4 py-3">
        <button
          type="button"
          aria-label="Send selection"
          disabled={!picked}
          onClick={send}
          className="grid size-12 place-items-center rounded-full bg-[#00a884] text-white shadow disabled:bg-[#8696a0]/50"
        >
          <SendHorizontal className="size-5" />
        </button>
      </div>
    </Sheet>
  );
}

/** A sheet rising from the bottom of the phone, over the chat. */
export function Sheet({ label, onClose, children, tall = false }: { label: string; onClose(): void; children: React.ReactNode; tall?: boolean }) {
  return (
    <div className="absolute inset-0 z-20 flex flex-col justify-end bg-black/40" onClick={onClose}>
      <div
        role="dialog"
        aria-label={label}
        onClick={(e) => e.stopPropagation()}
        className={`flex flex-col overflow-hidden rounded-t-2xl bg-white shadow-2xl ${tall ? "h-[92%]" : "max-h-[75%]"}`}
      >
        <div className="relative flex h-12 shrink-0 items-center justify-center border-b border-[#e9edef]">
          <button type="button" aria-label="Close" onClick={onClose} className="absolute left-3 grid size-8 place-items-center rounded-full text-[#54656f] hover:bg-[#f5f6f6]">
            <X className="size-5" />
          </button>
          <span className="text-[15px] font-medium text-[#111b21]">{label}</span>
        </div>
        {children}
      </div>
    </div>
  );
}
