import type { ReactNode } from "react";

export type FieldIssue = { severity: "error" | "warning"; message: string };

/**
 * Label, counter, help and problems around one input. `data-field-path` is what the
 * problems panel focuses; the issues shown are the ones at exactly this path.
 */
export function FieldShell({
  id,
  path,
  label,
  help,
  issues,
  counter,
  children,
}: {
  id: string;
  path: string;
  label: string;
  help?: string;
  issues: FieldIssue[];
  counter?: { length: number; max: number };
  children: ReactNode;
}) {
  const over = counter && counter.length > counter.max;
  return (
    <div data-field-path={path} className="space-y-1">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-xs font-medium text-slate-700">
          {label}
        </label>
        {counter && (
          <span className={`font-mono text-[10px] tabular-nums ${over ? "font-semibold text-rose-600" : "text-slate-400"}`} aria-label={`${counter.length} of ${counter.max} characters`}>
            {counter.length}/{counter.max}
          </span>
        )}
      </div>
      {children}
      {issues.map((issue, i) => (
        <p key={i} className={`text-xs ${issue.severity === "error" ? "text-rose-600" : "text-amber-700"}`} role={issue.severity === "error" ? "alert" : undefined}>
          {issue.message}
        </p>
      ))}
      {help && !issues.length && <p className="text-[11px] leading-snug text-slate-400">{help}</p>}
    </div>
  );
}

export const INPUT_CLASS =
  "block w-full rounded-md border-0 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-xs ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-emerald-500 focus:outline-none aria-[invalid=true]:ring-rose-400";

/** A select as wide as its options, beside other controls in a row. */
export const SELECT_CLASS = `${INPUT_CLASS} !w-auto pr-8`;
