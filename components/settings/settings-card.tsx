import type { ReactNode } from "react";

/** One section of a settings page: a title, what it is for, and its content. */
export function SettingsCard({ title, description, actions, children, flush = false }: { title: string; description?: ReactNode; actions?: ReactNode; children: ReactNode; flush?: boolean }) {
  const id = `card-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200" aria-labelledby={id}>
      <div className="flex flex-wrap items-start justify-between gap-3 px-6 pt-5">
        <div>
          <h2 id={id} className="text-sm font-semibold text-slate-900">{title}</h2>
          {description && <p className="mt-1 max-w-2xl text-sm text-slate-500">{description}</p>}
        </div>
        {actions}
      </div>
      <div className={flush ? "mt-4" : "px-6 pt-4 pb-6"}>{children}</div>
    </section>
  );
}
