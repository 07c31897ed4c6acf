"use client";

import { useMemo, useState } from "react";
import { ReactFlowProvider } from "@xyflow/react";
import { useQuery } from "@tanstack/react-query";
import { BarChart3 } from "lucide-react";
import { SELECT_CLASS } from "@/components/editor/fields/field-shell";
import { SIDE_PANEL_PX } from "@/components/simulator/use-pane-width";
import { insightsApi } from "@/lib/client/insights-api";
import { journeysApi } from "@/lib/client/journeys-api";
import { HealthSummary } from "./health-summary";
import { InsightsCanvas } from "./insights-canvas";
import { InsightsContext, type InsightsState } from "./insights-context";
import { rangeOf, RangePicker, type RangeChoice } from "./range-picker";
import { StepInsights } from "./step-insights";
import { formatDate } from "@/lib/format/format-date";

/**
 * The editor's Insights mode: a published version drawn as it was, with how its runs went
 * in a date range, a second version beside it if asked, and the journey's health.
 */
export function InsightsView({ journeyId }: { journeyId: string }) {
  const [choice, setChoice] = useState<RangeChoice>({ preset: "7d" });
  const range = useMemo(() => rangeOf(choice), [choice]);
  const [version, setVersion] = useState<number | undefined>();
  const [compare, setCompare] = useState<number | undefined>();
  const [selected, setSelected] = useState<string | null>(null);
  const figures = useQuery({
    queryKey: ["insights", journeyId, range, version, compare],
    queryFn: () => insightsApi.figures(journeyId, { ...range, version, compare }),
    refetchInterval: 30_000,
    placeholderData: (previous) => previous,
  });
  const health = useQuery({ queryKey: ["health", journeyId, range], queryFn: () => insightsApi.health(journeyId, range), refetchInterval: 30_000 });
  const shown = figures.data?.current?.version;
  const document = useQuery({ queryKey: ["version", journeyId, shown], queryFn: () => journeysApi.version(journeyId, shown!), enabled: shown !== undefined, staleTime: Infinity });
  const state = useMemo<InsightsState | null>(() => {
    const current = figures.data?.current;
    if (!current) return null;
    const busiest = Math.max(0, ...Object.values(current.figures.steps).flatMap((s) => Object.values(s.outcomes)));
    return { figures: current.figures, compare: figures.data?.compare?.figures ?? null, busiest };
  }, [figures.data]);
  const versions = figures.data?.versions ?? [];

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex flex-wrap items-center gap-3 border-b border-slate-200 bg-white px-4 py-2 text-sm">
        <span className="flex items-center gap-1.5 font-semibold text-indigo-700">
          <BarChart3 className="size-4" /> Insights
        </span>
        <label className="flex items-center gap-1.5 text-slate-600">
          Version
          <select aria-label="Version" className={SELECT_CLASS} value={version ?? ""} onChange={(e) => setVersion(e.target.value ? Number(e.target.value) : undefined)}>
            <option value="">Live{versions[0] ? ` (v${versions[0].version})` : ""}</option>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                v{v.version} · {formatDate(v.publishedAt)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1.5 text-slate-600">
          Compare with
          <select aria-label="Compare with" className={SELECT_CLASS} value={compare ?? ""} onChange={(e) => setCompare(e.target.value ? Number(e.target.value) : undefined)}>
            <option value="">Nothing</option>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                v{v.version} (B)
              </option>
            ))}
          </select>
        </label>
        <RangePicker value={choice} onChange={setChoice} />
        {figures.isFetching && <span className="text-xs text-slate-400">Updating…</span>}
        {figures.error && <span className="text-xs text-rose-600">{(figures.error as Error).message}</span>}
      </div>
      <div className="flex min-h-0 flex-1">
        <main className="min-w-0 flex-1">
          {figures.data && !figures.data.current ? (
            <div className="grid h-full place-items-center text-center text-sm text-slate-500">
              <p>
                This journey has not been published yet.
                <br />
                Insights count the runs of published versions.
              </p>
            </div>
          ) : state && document.data ? (
            <InsightsContext.Provider value={state}>
              <ReactFlowProvider>
                <InsightsCanvas document={document.data.document} selected={selected} onSelect={setSelected} />
              </ReactFlowProvider>
            </InsightsContext.Provider>
          ) : (
            <p className="p-6 text-sm text-slate-500">Loading the figures…</p>
          )}
        </main>
        <aside className="shrink-0 overflow-y-auto border-l border-slate-200 bg-white" style={{ width: SIDE_PANEL_PX }} aria-label="Insights details">
          {selected && state && document.data && figures.data?.current ? (
            <StepInsights
              journeyId={journeyId}
              version={figures.data.current.version}
              document={document.data.document}
              figures={state.figures}
              compare={state.compare}
              nodeId={selected}
              range={figures.data.range}
            />
          ) : (
            <HealthSummary journeyId={journeyId} health={health.data} />
          )}
        </aside>
      </div>
    </div>
  );
}
