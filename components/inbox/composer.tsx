"use client";

import { useState } from "react";
import { SendHorizontal } from "lucide-react";
import { Button } from "@/components/ui/button";
import { conversationsApi } from "@/lib/client/conversations-api";

type Mode = "text" | "media" | "template";

/**
 * What the person writes: text with optional quick replies, media by URL, or, once the
 * customer's 24-hour window has closed, only a template (WhatsApp's rule).
 */
export function Composer({ contactId, windowOpen, onSent }: { contactId: string; windowOpen: boolean; onSent(): void }) {
  const [mode, setMode] = useState<Mode>(windowOpen ? "text" : "template");
  const [text, setText] = useState("");
  const [replies, setReplies] = useState("");
  const [url, setUrl] = useState("");
  const [template, setTemplate] = useState({ name: "", language: "en", params: "" });
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const modes: Mode[] = windowOpen ? ["text", "media", "template"] : ["template"];

  const send = async () => {
    setSending(true);
    setError(null);
    try {
      const quickReplies = replies.split(",").map((r) => r.trim()).filter(Boolean);
      await conversationsApi.send(
        contactId,
        mode === "text" ? { text, ...(quickReplies.length && { quickReplies }) }
        : mode === "media" ? { mediaUrl: url, ...(text && { caption: text }) }
        : { template: { name: template.name, language: template.language, bodyParameters: template.params.split("|").map((p) => p.trim()).filter(Boolean) } },
      );
      setText("");
      setReplies("");
      setUrl("");
      onSent();
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setSending(false);
    }
  };
  const input = "w-full rounded-lg border border-slate-300 px-3 py-2 text-sm outline-none focus:border-emerald-600 focus:ring-2 focus:ring-emerald-600/20";
  return (
    <form
      aria-label="Reply"
      className="space-y-2 rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      {!windowOpen && <p className="rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-800">The customer has not written in 24 hours: WhatsApp takes only an approved template now.</p>}
      <div className="flex gap-1 text-xs" role="radiogroup" aria-label="Message type">
        {modes.map((m) => (
          <button key={m} type="button" role="radio" aria-checked={mode === m} onClick={() => setMode(m)} className={`rounded-md px-2.5 py-1 font-medium ${mode === m ? "bg-slate-900 text-white" : "text-slate-600 hover:bg-slate-100"}`}>
            {m === "text" ? "Text" : m === "media" ? "Media" : "Template"}
          </button>
        ))}
      </div>
      {mode === "text" && (
        <>
          <textarea aria-label="Message" rows={2} value={text} onChange={(e) => setText(e.target.value)} placeholder="Write to the customer…" className={input} />
          <input aria-label="Quick replies" value={replies} onChange={(e) => setReplies(e.target.value)} placeholder="Quick replies, comma separated (up to 3)" className={input} />
        </>
      )}
      {mode === "media" && (
        <>
          <input aria-label="Media URL" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…/photo.jpg" className={input} />
          <input aria-label="Caption" value={text} onChange={(e) => setText(e.target.value)} placeholder="Caption (optional)" className={input} />
        </>
      )}
      {mode === "template" && (
        <div className="grid grid-cols-[1fr_6rem] gap-2">
          <input aria-label="Template name" value={template.name} onChange={(e) => setTemplate({ ...template, name: e.target.value })} placeholder="Template name" className={input} />
          <input aria-label="Language" value={template.language} onChange={(e) => setTemplate({ ...template, language: e.target.value })} className={input} />
          <input aria-label="Body parameters" value={template.params} onChange={(e) => setTemplate({ ...template, params: e.target.value })} placeholder="Body parameters, separated by |" className={`${input} col-span-2`} />
        </div>
      )}
      {error && <p role="alert" className="text-xs text-rose-600">{error}</p>}
      <div className="flex justify-end">
        <Button type="submit" variant="primary" size="sm" disabled={sending}>
          <SendHorizontal className="size-4" /> Send
        </Button>
      </div>
    </form>
  );
}
