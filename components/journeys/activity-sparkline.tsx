"use client";

import type { JourneyActivity } from "@/lib/insights/journey-health";

const W = 84;
const H = 24;

/** Runs started per day over the last two weeks, the share of ended runs that failed, and how many survived a failure. */
export function ActivitySparkline({ name, activity }: { name: string; activity: JourneyActivity | undefined }) {
  // Still loading: an empty slot rather than a "0 runs" that is not true yet.
  if (!activity) return <div className="hidden w-48 lg:block" aria-hidden />;
  const days = activity.startedPerDay;
  const total = days.reduce((a, b) => a + b, 0);
  const peak = Math.max(1, ...days);
  const step = W / (days.length - 1);
  const points = days.map((n, i) => `${(i * step).toFixed(1)},${(H - 2 - (n / peak) * (H - 4)).toFixed(1)}`).join(" ");
  const failureRate = activity.ended > 0 ? activity.failed / activity.ended : null;
  const errorPaths = activity.errorPath > 0 ? `${activity.errorPath} ${activity.errorPath === 1 ? "error path" : "error paths"}` : null;
  const label = [`${total} runs in 14 days`, failureRate !== null && `${Math.round(failureRate * 100)}% failed`, errorPaths && `${errorPaths} taken`].filter(Boolean).join(", ");
  return (
    <div className="hidden w-48 items-center gap-2 lg:flex" aria-label={`${name}: ${label}`} data-testid="activity">
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden className="shrink-0 overflow-visible">
        <polyline points={`0,${H} ${points} ${W},${H}`} fill="#d1fae5" stroke="none" />
        <polyline points={points} fill="none" stroke="#059669" strokeWidth="1.5" strokeLinejoin="round" />
      </svg>
      <div className="text-right text-xs leading-tight whitespace-nowrap tabular-nums">
        <div className="text-slate-700">{total} runs</div>
        <div className={failureRate ? "text-rose-600" : "text-slate-400"}>{failureRate === null ? "no endings" : `${Math.round(failureRate * 100)}% failed`}</div>
        {errorPaths && (
          <div className="text-amber-700" title="Runs that went on along a step's Failed output: they may have completed without doing their job">
            {errorPaths}
          </div>
        )}
      </div>
    </div>
  );
}
