"use client";

import Link from "next/link";
import { ArrowRight, Filter } from "lucide-react";
import { describeNode } from "@/lib/journey/describe-node";
import type { JourneyDocument } from "@/lib/journey/document-schema";
import { DROP_REASONS } from "@/lib/insights/insight-metrics";
import { funnelTo } from "@/lib/insights/funnel";
import type { VersionFigures } from "@/lib/insights/version-insights";
import { formatCount, formatShare, formatTime } from "./format-figures";

type Props = { journeyId: string; version: number; document: JourneyDocument; figures: VersionFigures; compare: VersionFigures | null; nodeId: string; range: { from: string; to: string } };

const DROP_LABEL: Record<(typeof DROP_REASONS)[number], string> = { ended: "Ended here", failed: "Failed here", expired: "Expired waiting", cancelled: "Cancelled here" };

/** One step's figures in full, where its runs went, and the funnel from the start to it. */
export function StepInsights({ journeyId, version, document, figures, compare, nodeId, range }: Props) {
  const node = document.nodes.find((n) => n.id === nodeId);
  const step = figures.steps[nodeId];
  const name = (id: string) => {
    const n = document.nodes.find((x) => x.id === id);
    return n ? describeNode(n).name : id;
  };
  const labels = new Map((node ? describeNode(node).outputs : []).map((o) => [o.id, o.label]));
  const entered = step?.entered ?? 0;
  const dropped = step ? Object.values(step.dropped).reduce((a, b) => a + b, 0) : 0;
  const funnel = funnelTo(document, figures, nodeId);
  const explorer = new URLSearchParams({ journeyId, version: String(version), endedAt: nodeId, from: range.from });
  return (
    <div className="space-y-5 p-4 text-sm">
      <header>
        <h2 className="text-base font-semibold text-slate-900">{node ? name(nodeId) : nodeId}</h2>
        <p className="font-mono text-xs text-slate-400">{nodeId}</p>
      </header>
      <dl className="grid grid-cols-2 gap-2">
        <Stat label="Entered" value={formatCount(entered)} hint={step?.repeat ? `${formatCount(step.repeat)} were repeat passes` : undefined} b={compare ? formatCount(compare.steps[nodeId]?.entered ?? 0) : undefined} />
        <Stat label="Here now" value={formatCount(step?.now ?? 0)} hint="waiting or sleeping" />
        <Stat label="Time in step p50" value={step?.time ? formatTime(step.time.p50) : "–"} b={compare?.steps[nodeId]?.time ? formatTime(compare.steps[nodeId].time!.p50) : undefined} />
        <Stat label="p90" value={step?.time ? formatTime(step.time.p90) : "–"} b={compare?.steps[nodeId]?.time ? formatTime(compare.steps[nodeId].time!.p90) : undefined} />
      </dl>
      {step && Object.keys(step.outcomes).length > 0 && (
        <section>
          <h3 className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">Left by</h3>
          <ul className="space-y-1">
            {Object.entries(step.outcomes)
              .sort((x, y) => y[1] - x[1])
              .map(([handle, count]) => (
                <li key={handle} className="flex items-center justify-between gap-2">
                  <span className="truncate text-slate-700">{labels.get(handle) ?? handle}</span>
                  <span className="text-slate-900 tabular-nums">
                    {formatCount(count)} <span className="text-slate-400">· {formatShare(count / entered)}</span>
                  </span>
                </li>
              ))}
          </ul>
        </section>
      )}
      <section>
        <h3 className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">Dropped here</h3>
        {dropped === 0 ? (
          <p className="text-slate-500">No run ended at this step in the range.</p>
        ) : (
          <>
            <ul className="space-y-1">
              {DROP_REASONS.filter((r) => step!.dropped[r] > 0).map((reason) => (
                <li key={reason} className="flex justify-between">
                  <span className="text-slate-700">{DROP_LABEL[reason]}</span>
                  <span className="text-rose-700 tabular-nums">{formatCount(step!.dropped[reason])}</span>
                </li>
              ))}
            </ul>
            <Link href={`/runs?${explorer}`} className="mt-2 inline-flex items-center gap-1 text-xs font-medium text-indigo-700 hover:underline">
              <Filter className="size-3.5" /> See the runs that ended here
            </Link>
          </>
        )}
      </section>
      {funnel && funnel.length > 1 && (
        <section>
          <h3 className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">Funnel from the start</h3>
          <ol className="space-y-1.5" aria-label="Funnel">
            {funnel.map((stage, i) => (
              <li key={stage.nodeId}>
                <div className="flex items-center justify-between gap-2 text-xs">
                  <span className="flex min-w-0 items-center gap-1 truncate text-slate-700">
                    {i > 0 && <ArrowRight className="size-3 shrink-0 text-slate-300" />}
                    {name(stage.nodeId)}
                  </span>
                  <span className="shrink-0 text-slate-900 tabular-nums">
                    {formatCount(stage.runs)}
                    {stage.fromPrevious !== null && <span className="ml-1 text-slate-400">{formatShare(stage.fromPrevious)}</span>}
                  </span>
                </div>
                <div className="mt-0.5 h-1.5 rounded-full bg-slate-100">
                  <div className="h-1.5 rounded-full bg-indigo-400" style={{ width: `${Math.round((i === 0 ? 1 : (stage.fromFirst ?? 0)) * 100)}%` }} />
                </div>
              </li>
            ))}
          </ol>
          <p className="mt-1.5 text-xs text-slate-500">Runs that reached each step for the first time, along the shortest path; the share is of the stage before.</p>
        </section>
      )}
    </div>
  );
}

function Stat({ label, value, hint, b }: { label: string; value: string; hint?: string; b?: string }) {
  return (
    <div className="rounded-lg bg-slate-50 px-3 py-2 ring-1 ring-slate-100">
      <dt className="text-[10px] font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className="text-lg font-semibold text-slate-900 tabular-nums">
        {value}
        {b !== undefined && <span className="ml-1.5 text-xs font-medium text-violet-600">B {b}</span>}
      </dd>
      {hint && <p className="text-[11px] text-slate-500">{hint}</p>}
    </div>
  );
}
