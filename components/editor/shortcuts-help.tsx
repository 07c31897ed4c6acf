"use client";

import { Dialog } from "@/components/ui/dialog";
import { SHORTCUTS } from "./use-editor-shortcuts";

export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts">
      <dl className="divide-y divide-slate-100 text-sm">
        {SHORTCUTS.map((s) => (
          <div key={s.action} className="flex items-center justify-between py-1.5">
            <dt className="text-slate-600">{s.action}</dt>
            <dd className="flex gap-1">
              {s.keys.map((k) => (
                <kbd key={k} className="rounded border border-slate-200 bg-slate-50 px-1.5 py-0.5 font-mono text-[11px] text-slate-700 shadow-xs">
                  {k}
                </kbd>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
