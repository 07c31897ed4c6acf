"use client";

import { useChannels } from "@/components/channels/use-channels";

/**
 * Which channels a trigger listens on, as checkboxes over the workspace's channels; none
 * ticked means every channel. An id the workspace no longer has stays listed, marked, so
 * it can be unticked rather than silently kept.
 */
export function ChannelsPicker({ id, selected, onChange }: { id: string; selected: string[]; onChange: (ids: string[]) => void }) {
  const { data: channels, isError } = useChannels();
  const known = channels ?? [];
  const gone = selected.filter((s) => !known.some((c) => c.id === s));
  const rows = [...known.map((c) => ({ id: c.id, label: c.name })), ...(channels ? gone.map((g) => ({ id: g, label: `${g} (deleted)` })) : [])];
  const toggle = (channel: string, on: boolean) => onChange(on ? [...selected, channel] : selected.filter((s) => s !== channel));
  return (
    <div id={id} role="group" aria-label="Channels" className="space-y-1.5">
      <label className="flex items-center gap-2 text-xs text-slate-700">
        <input type="checkbox" checked={selected.length === 0} onChange={(e) => e.target.checked && onChange([])} className="accent-emerald-600" />
        Every channel
      </label>
      {rows.map((row) => (
        <label key={row.id} className="flex items-center gap-2 text-xs text-slate-700">
          <input type="checkbox" checked={selected.includes(row.id)} onChange={(e) => toggle(row.id, e.target.checked)} className="accent-emerald-600" />
          <span className="truncate">{row.label}</span>
          <code className="ml-auto font-mono text-[10px] text-slate-400">{row.id}</code>
        </label>
      ))}
      {!channels && !isError && <p className="text-[11px] text-slate-400">Loading channels…</p>}
      {isError && <p className="text-[11px] text-rose-600">The channels could not be loaded.</p>}
    </div>
  );
}
