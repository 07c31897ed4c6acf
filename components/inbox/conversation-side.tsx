"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ConversationDetail } from "@/lib/conversations/api-schemas";
import { conversationsApi } from "@/lib/client/conversations-api";
import { useQueryClient } from "@tanstack/react-query";

type Props = { conversation: ConversationDetail; canAct: boolean; busy: boolean; onHandBack(vars: Record<string, unknown>): void };

/** What the journey collected, the team's notes, and handing the customer back. */
export function ConversationSide({ conversation, canAct, busy, onHandBack }: Props) {
  const queries = useQueryClient();
  const [name, setName] = useState("resolution");
  const [value, setValue] = useState("");
  const [note, setNote] = useState("");
  const vars = Object.entries(conversation.vars);
  const input = "w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm outline-none focus:border-emerald-600";
  return (
    <aside className="space-y-5 text-sm" aria-label="About this conversation">
      <section className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <h2 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Queue</h2>
        <p className="mt-0.5 font-medium text-slate-900">{conversation.queue}</p>
        <p className="mt-1 text-xs text-slate-500">
          Handed over <RelativeTime iso={conversation.createdAt} />
          {conversation.runId && (
            <>
              {" · "}
              <Link className="text-emerald-700 hover:underline" href={`/runs/${conversation.runId}`}>
                the run
              </Link>
            </>
          )}
        </p>
      </section>
      {canAct && (
        <section className="space-y-2 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Hand back to the journey</h2>
          <p className="text-xs text-slate-500">
            {conversation.runId ? "The run goes on along “Handed back”, with this variable set." : "They get the restart journey of Settings → Keywords, with this variable set; with none chosen, their next message meets the journeys' triggers."}
          </p>
          <div className="grid grid-cols-2 gap-2">
            <input aria-label="Variable" value={name} onChange={(e) => setName(e.target.value)} className={`${input} font-mono`} />
            <input aria-label="Value" value={value} onChange={(e) => setValue(e.target.value)} placeholder="refunded" className={input} />
          </div>
          <Button variant="primary" size="sm" disabled={busy} onClick={() => onHandBack(name && value ? { [name]: value } : {})}>
            Hand back
          </Button>
        </section>
      )}
      <section className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <h2 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">Variables</h2>
        {vars.length === 0 ? (
          <p className="text-slate-500">The journey collected none.</p>
        ) : (
          <dl className="space-y-1">
            {vars.map(([key, v]) => (
              <div key={key} className="flex gap-2">
                <dt className="font-mono text-xs text-slate-500">{key}</dt>
                <dd className="min-w-0 flex-1 truncate text-right text-slate-800">{typeof v === "string" ? v : JSON.stringify(v)}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section className="space-y-2 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <h2 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Internal notes</h2>
        {conversation.notes.map((n) => (
          <div key={n.id} className="rounded-md bg-amber-50 px-3 py-2">
            <p className="whitespace-pre-line text-slate-800">{n.text}</p>
            <p className="mt-0.5 text-xs text-slate-500">
              {n.authorName} · <RelativeTime iso={n.createdAt} />
            </p>
          </div>
        ))}
        {canAct && (
          <form
            onSubmit={async (e) => {
              e.preventDefault();
              if (!note.trim()) return;
              await conversationsApi.note(conversation.contactId, note);
              setNote("");
              await queries.invalidateQueries({ queryKey: ["conversations"] });
            }}
            className="flex gap-2"
          >
            <input aria-label="Note" value={note} onChange={(e) => setNote(e.target.value)} placeholder="Only your team sees this" className={input} />
            <Button type="submit" size="sm">Add</Button>
          </form>
        )}
      </section>
    </aside>
  );
}
