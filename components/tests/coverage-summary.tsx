"use client";

import type { Coverage } from "@/lib/journey-tests/test-coverage";
import { useEditor } from "../editor/editor-context";

const percent = (part: { covered: number; total: number }) => (part.total ? Math.round((part.covered / part.total) * 100) : 100);

/** How much of the journey the last run went through, and the switch that marks the rest on the canvas. */
export function CoverageSummary({ coverage }: { coverage: Coverage }) {
  const shown = useEditor((s) => s.coverageShown);
  const actions = useEditor((s) => s.actions);
  return (
    <div className="space-y-2 rounded-lg bg-slate-50 px-3 py-2.5 text-xs" aria-label="Coverage">
      <div className="flex gap-4">
        <Meter label="Steps" part={coverage.steps} />
        <Meter label="Outputs" part={coverage.handles} />
      </div>
      {coverage.uncovered.length > 0 && (
        <p className="text-slate-500">
          Never taken: {coverage.uncovered.slice(0, 6).map((u) => `${u.nodeId} → ${u.label}`).join(", ")}
          {coverage.uncovered.length > 6 && `, and ${coverage.uncovered.length - 6} more`}
        </p>
      )}
      <label className="flex items-center gap-2 text-slate-700">
        <input type="checkbox" checked={shown} onChange={(e) => actions.showCoverage(e.target.checked)} className="accent-amber-500" />
        Mark what no test reaches on the canvas
      </label>
    </div>
  );
}

function Meter({ label, part }: { label: string; part: { covered: number; total: number } }) {
  const value = percent(part);
  return (
    <div className="flex-1" data-testid={`coverage-${label.toLowerCase()}`}>
      <div className="flex justify-between text-slate-600">
        <span>{label}</span>
        <span className="font-medium tabular-nums text-slate-900">
          {value}% <span className="font-normal text-slate-400">({part.covered}/{part.total})</span>
        </span>
      </div>
      <div className="mt-1 h-1.5 overflow-hidden rounded-full bg-slate-200">
        <div className={`h-full rounded-full ${value === 100 ? "bg-emerald-500" : "bg-amber-400"}`} style={{ width: `${value}%` }} />
      </div>
    </div>
  );
}
