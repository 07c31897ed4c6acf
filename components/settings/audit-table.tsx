"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { SELECT_CLASS } from "@/components/editor/fields/field-shell";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import type { AuditEntry } from "@/lib/workspace/api-schemas";
import { SettingsCard } from "./settings-card";

/** The audit log, newest first, filtered by action; pages through with `before`. */
export function AuditTable({ entries, nextBefore }: { entries: AuditEntry[]; nextBefore: number | null }) {
  const router = useRouter();
  const params = useSearchParams();
  const action = params.get("action") ?? "";
  const filter = (value: string) => router.push(value ? `/settings/audit?action=${value}` : "/settings/audit");
  return (
    <div className="max-w-5xl px-8 py-6">
      <SettingsCard
        title="Audit log"
        description="Who signed in, changed members, tokens or secrets (never a value), published, restored or deleted journeys, and when."
        actions={
          <select aria-label="Filter by action" value={action} onChange={(e) => filter(e.target.value)} className={SELECT_CLASS}>
            <option value="">All actions</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>{a}</option>
            ))}
          </select>
        }
        flush
      >
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-y border-slate-100 bg-slate-50 text-xs text-slate-500">
              <tr>
                <th className="px-6 py-2 font-medium">When (UTC)</th>
                <th className="py-2 font-medium">Who</th>
                <th className="py-2 font-medium">Action</th>
                <th className="py-2 font-medium">On</th>
                <th className="px-6 py-2 font-medium">From</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td className="px-6 py-2.5 whitespace-nowrap text-slate-600 tabular-nums">{entry.at.slice(0, 19).replace("T", " ")}</td>
                  <td className="max-w-48 truncate py-2.5 pr-4 text-slate-900" title={entry.actorName}>{entry.actorName}</td>
                  <td className="py-2.5 pr-4"><code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">{entry.action}</code></td>
                  <td className="max-w-72 truncate py-2.5 pr-4 text-slate-600" title={entry.detail ? JSON.stringify(entry.detail) : undefined}>
                    <AuditTarget entry={entry} />
                  </td>
                  <td className="px-6 py-2.5 font-mono text-xs text-slate-500">{entry.ip ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {entries.length === 0 && <p className="px-6 py-8 text-center text-sm text-slate-500">Nothing recorded{action && " for this action"} yet.</p>}
        {nextBefore && (
          <div className="border-t border-slate-100 px-6 py-3">
            <Link href={`/settings/audit?${new URLSearchParams({ ...(action && { action }), before: String(nextBefore) })}`} className="text-sm font-medium text-emerald-700 hover:underline">
              Older entries
            </Link>
          </div>
        )}
      </SettingsCard>
    </div>
  );
}

/** What an entry is about: its name when it has one (a journey, a channel), else its id; the rest of the detail after it. */
function AuditTarget({ entry }: { entry: AuditEntry }) {
  const { name, ...rest } = entry.detail ?? {};
  const extra = Object.entries(rest).filter(([, v]) => v !== undefined && v !== null);
  return (
    <>
      <span title={entry.target ?? undefined}>{typeof name === "string" ? name : (entry.target ?? "—")}</span>
      {extra.length > 0 && <span className="ml-1.5 text-xs text-slate-400">{extra.map(([k, v]) => `${k}: ${String(v)}`).join(", ")}</span>}
    </>
  );
}
