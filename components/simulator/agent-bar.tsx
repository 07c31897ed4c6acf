"use client";

import { useState } from "react";
import { Headset } from "lucide-react";
import { Button } from "@/components/ui/button";
import { usePreview } from "./preview-context";

/**
 * While a handoff step has the preview's contact, the designer plays the person: writes as
 * the agent and hands back, to try both sides of the journey.
 */
export function AgentBar({ onSay, onHandBack }: { onSay(text: string): unknown; onHandBack(vars: Record<string, unknown>): unknown }) {
  const person = usePreview((s) => s.snapshot?.withPerson ?? null);
  const [text, setText] = useState("");
  const [resolution, setResolution] = useState("");
  if (!person) return null;
  return (
    <div className="space-y-1.5 border-t border-violet-200 bg-violet-50 px-3 py-2 text-xs" role="region" aria-label="Agent">
      <p className="flex items-center gap-1.5 font-medium text-violet-800">
        <Headset className="size-3.5" /> You are the agent ({person.queue})
      </p>
      <form
        className="flex gap-1.5"
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          void onSay(text);
          setText("");
        }}
      >
        <input aria-label="Reply as the agent" value={text} onChange={(e) => setText(e.target.value)} placeholder="Reply as the agent…" className="min-w-0 flex-1 rounded-md border border-violet-200 bg-white px-2 py-1 outline-none focus:border-violet-500" />
        <Button type="submit" size="sm">Send</Button>
      </form>
      <div className="flex gap-1.5">
        <input aria-label="vars.resolution" value={resolution} onChange={(e) => setResolution(e.target.value)} placeholder="vars.resolution (optional)" className="min-w-0 flex-1 rounded-md border border-violet-200 bg-white px-2 py-1 font-mono outline-none focus:border-violet-500" />
        <Button size="sm" variant="primary" onClick={() => void onHandBack(resolution ? { resolution } : {})}>
          Hand back
        </Button>
      </div>
    </div>
  );
}
