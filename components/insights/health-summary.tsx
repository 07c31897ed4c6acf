"use client";

import Link from "next/link";
import type { HealthAnswer } from "@/lib/insights/api-schemas";
import { formatCount, formatShare } from "./format-figures";

const RUN_FIGURES = [
  ["started", "Started", "text-slate-900"],
  ["completed", "Completed", "text-emerald-700"],
  ["failed", "Failed", "text-rose-700"],
  ["expired", "Expired", "text-amber-700"],
  ["cancelled", "Cancelled", "text-slate-600"],
] as const;

/** The journey's health over the range, every version together: how runs ended, and what 8x8 refused. */
export function HealthSummary({ journeyId, health }: { journeyId: string; health: HealthAnswer | undefined }) {
  if (!health) return <p className="p-4 text-sm text-slate-500">Loading the journey's health…</p>;
  const { runs, sendFailures } = health;
  const stuck = health.waiting.filter((w) => w.reason);
  const ended = runs.completed + runs.failed + runs.expired + runs.cancelled;
  return (
    <div className="space-y-5 p-4 text-sm" data-testid="health-summary">
      <header>
        <h2 className="text-base font-semibold text-slate-900">Health</h2>
        <p className="text-xs text-slate-500">All versions, in the chosen range. Click a step for its figures and funnel.</p>
      </header>
      <dl className="grid grid-cols-2 gap-2">
        {RUN_FIGURES.map(([key, label, tone]) => (
          <div key={key} className="rounded-lg bg-slate-50 px-3 py-2 ring-1 ring-slate-100">
            <dt className="text-[10px] font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
            <dd className={`text-lg font-semibold tabular-nums ${tone}`} data-testid={`health-${key}`}>
              {formatCount(runs[key])}
              {key !== "started" && ended > 0 && (
                <span className="ml-1 text-xs font-normal text-slate-400" title={`Of the ${formatCount(ended)} runs that ended in the range`}>
                  {formatShare(runs[key] / ended)}
                </span>
              )}
            </dd>
          </div>
        ))}
        <div className="rounded-lg bg-slate-50 px-3 py-2 ring-1 ring-slate-100" title="Runs that went on along a step's Failed output: they may have completed without doing their job">
          <dt className="text-[10px] font-medium tracking-wide text-slate-500 uppercase">Took an error path</dt>
          <dd className={`text-lg font-semibold tabular-nums ${runs.errorPath ? "text-amber-700" : "text-slate-900"}`} data-testid="health-errorPath">
            {formatCount(runs.errorPath)}
            {runs.started > 0 && <span className="ml-1 text-xs font-normal text-slate-400">{formatShare(runs.errorPath / runs.started)} of started</span>}
          </dd>
        </div>
        <div className="rounded-lg bg-slate-50 px-3 py-2 ring-1 ring-slate-100">
          <dt className="text-[10px] font-medium tracking-wide text-slate-500 uppercase">24-hour fallback</dt>
          <dd className="text-lg font-semibold text-slate-900 tabular-nums">{formatCount(runs.fallback)}</dd>
        </div>
      </dl>
      {/* Shares are of runs that ended; a run still waiting has no ending to count yet. */}
      <p className="-mt-3 text-xs text-slate-500" data-testid="health-shares-of">
        Shares of the {formatCount(ended)} {ended === 1 ? "run" : "runs"} that ended
        {runs.started > ended && ` · ${formatCount(runs.started - ended)} of those started still going`}
      </p>
      {stuck.length > 0 && (
        <section role="alert" className="rounded-lg bg-amber-50 px-3 py-2 text-xs text-amber-900 ring-1 ring-amber-600/20 ring-inset">
          <h3 className="mb-1 font-semibold">Messages that cannot leave</h3>
          <ul className="space-y-1">
            {stuck.map((w) => (
              <li key={w.channelId} className="break-words">
                <span className="font-semibold tabular-nums">{formatCount(w.count)}</span> {w.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3 className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">Send failures by 8x8 error</h3>
        {sendFailures.length === 0 ? (
          <p className="text-slate-500">8x8 took every message.</p>
        ) : (
          <ul className="space-y-1">
            {sendFailures.map((f) => (
              <li key={f.code} className="flex justify-between">
                <Link className="font-mono text-indigo-700 hover:underline" href={`/runs?${new URLSearchParams({ journeyId, errorCode: f.code, from: health.range.from })}`}>
                  {f.code}
                </Link>
                <span className="tabular-nums">{formatCount(f.count)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
