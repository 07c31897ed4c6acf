"use client";

import { useState } from "react";
import { MapPin, SendHorizontal } from "lucide-react";
import type { PreviewReply } from "@/lib/preview/preview-schemas";

// Where "share location" puts the simulated contact: a fixed, recognisable spot.
const SAMPLE_LOCATION = { latitude: 51.5007, longitude: -0.1246, name: "Westminster, London" };

/** WhatsApp's message bar: type and send, or share a location. */
export function Composer({ onSend }: { onSend(reply: PreviewReply): void }) {
  const [text, setText] = useState("");
  const send = () => {
    if (!text.trim()) return;
    onSend({ type: "text", text });
    setText("");
  };
  return (
    <form
      className="flex shrink-0 items-center gap-2 bg-[#f0f2f5] px-2 py-2"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <button type="button" aria-label="Share location" title="Share a location" onClick={() => onSend({ type: "location", ...SAMPLE_LOCATION })} className="grid size-9 place-items-center rounded-full text-[#54656f] hover:bg-black/5">
        <MapPin className="size-5" />
      </button>
      <input
        aria-label="Message"
        placeholder="Message"
        value={text}
        onChange={(e) => setText(e.target.value)}
        className="h-10 min-w-0 flex-1 rounded-full bg-white px-4 text-[15px] text-[#111b21] outline-none placeholder:text-[#8696a0]"
      />
      <button type="submit" aria-label="Send" disabled={!text.trim()} className="grid size-10 place-items-center rounded-full bg-[#00a884] text-white disabled:bg-[#8696a0]/60">
        <SendHorizontal className="size-5" />
      </button>
    </form>
  );
}
