"use client";

import { History } from "lucide-react";
import { lastGoodSync } from "@/lib/whatsapp/template-catalog";
import { RelativeTime } from "../ui/relative-time";
import { useTemplates } from "./use-templates";

/**
 * A channel's last template sync failed: the checks go on against the list read before,
 * which may be out of date. Says so, and since when.
 */
export function StaleTemplatesNotice() {
  const { data } = useTemplates();
  const stale = (data?.channels ?? []).filter((c) => c.sync?.error && lastGoodSync(c.sync));
  if (!stale.length) return null;
  return (
    <div role="status" className="flex items-start gap-2 border-b border-slate-200 bg-slate-50 px-4 py-2 text-xs text-slate-700">
      <History className="mt-px size-4 shrink-0 text-slate-500" />
      <ul className="min-w-0 space-y-0.5">
        {stale.map((c) => (
          <li key={c.id} className="break-words">
            Templates of <span className="font-medium">{c.name}</span> are checked against the list read <RelativeTime iso={lastGoodSync(c.sync!)!} />: the last sync failed (
            {c.sync!.error}).
          </li>
        ))}
      </ul>
    </div>
  );
}
