"use client";

import Link from "next/link";
import { AlertTriangle, Search } from "lucide-react";
import { useMemo, useState } from "react";
import type { TemplatesList } from "@/lib/templates/api-schemas";
import { fillTemplate } from "@/lib/templates/fill-template";
import type { TemplateRow } from "@/lib/templates/template-store";
import { statusLabel } from "@/lib/whatsapp/whatsapp-template";
import { RelativeTime } from "../ui/relative-time";
import { TemplateStatus } from "./template-status";
import { TemplateView } from "./template-view";
import { useTemplates } from "./use-templates";

/** The Templates page's body: each channel's sync, a search, and the templates as WhatsApp shows them. */
export function TemplatesBrowser({ initial }: { initial: TemplatesList }) {
  const { data = initial } = useTemplates(initial, 3000);
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState<string | null>(null);
  const statuses = useMemo(() => [...new Set(data.templates.map((t) => t.status))].sort(), [data.templates]);
  const names = new Map(data.channels.map((c) => [c.id, c.name]));
  const q = query.trim().toLowerCase();
  const shown = data.templates.filter(
    (t) => (!status || t.status === status) && (!q || `${t.name} ${t.language} ${t.category} ${t.layout.body}`.toLowerCase().includes(q)),
  );
  return (
    <div className="space-y-5">
      <ChannelSyncs list={data} />
      {data.templates.length > 0 && (
        <div className="flex flex-wrap items-center gap-3">
          <label className="flex w-80 items-center gap-2 rounded-lg bg-white px-3 shadow-sm ring-1 ring-slate-300 focus-within:ring-2 focus-within:ring-emerald-600">
            <Search className="size-4 text-slate-400" />
            <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Name, language or text" aria-label="Find a template" className="h-9 flex-1 bg-transparent text-sm outline-none" />
          </label>
          <div role="group" aria-label="Status" className="flex gap-1">
            {[null, ...statuses].map((s) => (
              <button
                key={s ?? "all"}
                type="button"
                aria-pressed={status === s}
                onClick={() => setStatus(s)}
                className={`h-8 rounded-full px-3 text-xs font-medium ${status === s ? "bg-slate-900 text-white" : "bg-white text-slate-600 ring-1 ring-slate-200 hover:bg-slate-50"}`}
              >
                {s ? statusLabel(s) : "All"} <span className="opacity-60">{s ? data.templates.filter((t) => t.status === s).length : data.templates.length}</span>
              </button>
            ))}
          </div>
        </div>
      )}
      <div className="grid gap-4 md:grid-cols-2 2xl:grid-cols-3">
        {shown.map((t) => <TemplateCard key={`${t.channelId}:${t.name}:${t.language}`} template={t} channel={data.channels.length > 1 ? names.get(t.channelId) : undefined} />)}
      </div>
      {data.templates.length > 0 && shown.length === 0 && <p className="text-sm text-slate-500">No template matches.</p>}
    </div>
  );
}

function TemplateCard({ template, channel }: { template: TemplateRow; channel?: string }) {
  const blocked = template.status !== "APPROVED";
  const live = template.usedBy.filter((u) => u.live);
  return (
    <article className="flex flex-col overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200" data-testid="template-card" data-template={template.name}>
      <header className="flex items-start justify-between gap-3 border-b border-slate-100 px-4 py-3">
        <div className="min-w-0">
          <h2 className="truncate font-mono text-sm font-semibold text-slate-900">{template.name}</h2>
          <p className="mt-0.5 text-xs text-slate-500">
            {template.language} · {template.category.toLowerCase()}
            {channel && ` · ${channel}`}
          </p>
        </div>
        <TemplateStatus status={template.status} quality={template.quality} />
      </header>
      <div className="flex flex-1 justify-center bg-[#efeae2] px-6 py-5">
        <TemplateView template={fillTemplate(template.layout)} />
      </div>
      <footer className="space-y-1.5 border-t border-slate-100 px-4 py-3 text-xs">
        {blocked && template.reason && <p className="text-rose-700">{template.reason}</p>}
        {blocked && live.length > 0 && (
          <p className="flex items-center gap-1.5 font-medium text-amber-700">
            <AlertTriangle className="size-3.5" /> {live.length} live journey{live.length === 1 ? "" : "s"} send it: those steps take their Failed path
          </p>
        )}
        {template.usedBy.length ? (
          <p className="text-slate-600">
            Used by{" "}
            {template.usedBy.map((u, i) => (
              <span key={u.journeyId}>
                {i > 0 && ", "}
                <Link href={`/journeys/${u.journeyId}`} className="font-medium text-slate-900 hover:underline">{u.journeyName}</Link>
                {u.live && <span className="ml-1 rounded bg-emerald-50 px-1 text-[10px] font-medium text-emerald-700">live</span>}
              </span>
            ))}
          </p>
        ) : (
          <p className="text-slate-400">Not used by any journey</p>
        )}
        <p className="text-slate-400">Status since <RelativeTime iso={template.statusAt} /></p>
      </footer>
    </article>
  );
}

function ChannelSyncs({ list }: { list: TemplatesList }) {
  return (
    <ul className="flex flex-wrap gap-3" aria-label="Channels">
      {list.channels.map((c) => (
        <li key={c.id} className="min-w-64 rounded-lg bg-white px-4 py-2.5 text-xs shadow-sm ring-1 ring-slate-200" data-testid={`channel-sync-${c.id}`}>
          <div className="font-medium text-slate-800">{c.name}</div>
          {!c.configured ? (
            <div className="mt-0.5 text-slate-500">
              Not listing templates: add the 8x8 account id and WhatsApp channel id in{" "}
              <Link href="/settings/channels" className="text-emerald-700 hover:underline">Settings → Channels</Link>
            </div>
          ) : c.sync?.error ? (
            <div className="mt-0.5 text-rose-600">Sync failed <RelativeTime iso={c.sync.at} />: {c.sync.error}</div>
          ) : c.sync ? (
            <div className="mt-0.5 text-slate-500">{c.sync.count} template{c.sync.count === 1 ? "" : "s"} · synced <RelativeTime iso={c.sync.at} /></div>
          ) : (
            <div className="mt-0.5 text-slate-500">Not synced yet</div>
          )}
        </li>
      ))}
    </ul>
  );
}
