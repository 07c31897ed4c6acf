"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/editor/fields/field-shell";
import { useApiAction } from "@/components/ui/use-api-action";
import { useViewer } from "@/components/viewer-context";
import type { StorageStats } from "@/lib/db/storage-stats";
import { workspaceApi } from "@/lib/client/workspace-api";
import { SettingsCard } from "./settings-card";
import { formatDate } from "@/lib/format/format-date";

const size = (bytes: number) => (bytes >= 1 << 30 ? `${(bytes / (1 << 30)).toFixed(1)} GB` : bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);
const date = (iso: string | null) => (iso ? formatDate(iso) : "none yet");

/** How long conversation detail is kept, what the database weighs, and how far back it goes. */
export function RetentionCard({ days, stats }: { days: number; stats: StorageStats }) {
  const { canManage } = useViewer();
  const action = useApiAction();
  const [value, setValue] = useState(String(days));
  const [saved, setSaved] = useState(false);
  const oldest = [stats.oldestStep, stats.oldestMessage, stats.oldestEvent].filter(Boolean).sort()[0] ?? null;
  return (
    <SettingsCard title="Data retention" description="Step logs, messages and webhook payloads older than this are removed, a little at a time in the background. Runs themselves (status, variables, outcome) are kept.">
      <dl className="grid grid-cols-2 gap-4 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-xs text-slate-500">Database size</dt>
          <dd className="mt-0.5 font-medium text-slate-900" data-testid="database-size">{size(stats.bytes)}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">Oldest detail kept</dt>
          <dd className="mt-0.5 font-medium text-slate-900">{date(oldest)}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">Kept for</dt>
          <dd className="mt-0.5 font-medium text-slate-900">{days} days</dd>
        </div>
      </dl>
      {canManage && (
        <div className="mt-4 flex flex-wrap items-end gap-3">
          <label className="text-xs font-medium text-slate-600">
            Keep detail for (days)
            <input type="number" min={7} max={3650} value={value} onChange={(e) => (setValue(e.target.value), setSaved(false))} className={`${INPUT_CLASS} mt-1 !w-32`} />
          </label>
          <Button onClick={async () => setSaved(Boolean(await action.run(() => workspaceApi.setRetention(Number(value))))) } disabled={action.pending || value === String(days)}>
            Save
          </Button>
          {action.error && <span role="alert" className="text-sm text-rose-600">{action.error}</span>}
          {saved && <span role="status" className="text-sm text-emerald-700">Saved</span>}
        </div>
      )}
    </SettingsCard>
  );
}
