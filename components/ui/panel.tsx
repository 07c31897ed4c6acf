import type { ReactNode } from "react";

/** A titled card beside the main content; `label` names it for assistive tech and tests. */
export function Panel({ label, title, icon, extra, children }: { label: string; title: ReactNode; icon?: ReactNode; extra?: ReactNode; children: ReactNode }) {
  return (
    <section aria-label={label} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 className="flex items-center justify-between gap-2 text-sm font-semibold text-slate-900">
        <span className="flex items-center gap-2">
          {icon}
          {title}
        </span>
        {extra}
      </h2>
      {children}
    </section>
  );
}
