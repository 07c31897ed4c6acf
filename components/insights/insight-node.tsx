"use client";

import { memo } from "react";
import { Handle, Position, type NodeProps } from "@xyflow/react";
import { Repeat } from "lucide-react";
import { StepIcon } from "@/components/canvas/step-icon";
import { describeEditorNode } from "@/lib/editor/accessible-names";
import type { EditorNode } from "@/lib/editor/editor-graph";
import { formatCount, formatShare, formatTime } from "./format-figures";
import { useStepFigures } from "./insights-context";

/** A step of the published version with its figures: entered, there now, dropped, time, and each outcome's share. */
export const InsightNode = memo(function InsightNode({ id, data, selected }: NodeProps<EditorNode>) {
  const step = describeEditorNode({ id, data });
  const { a, b, compared } = useStepFigures(id);
  const entered = a?.entered ?? 0;
  const dropped = a ? Object.values(a.dropped).reduce((x, y) => x + y, 0) : 0;
  return (
    <div
      className={`relative w-64 rounded-xl bg-white text-left shadow-sm ring-1 ${selected ? "shadow-md ring-2 ring-indigo-500" : entered === 0 ? "opacity-60 ring-slate-200" : "ring-slate-200"}`}
      data-testid={`insight-${id}`}
    >
      {step.hasInput && <Handle type="target" position={Position.Left} className="!size-2.5 !border-2 !border-white !bg-slate-400" isConnectable={false} />}
      <div className="flex items-start gap-2.5 px-3 pt-3">
        <StepIcon icon={step.icon} category={step.category} />
        <div className="min-w-0 flex-1">
          <div className="truncate text-[13px] font-semibold text-slate-900">{step.name}</div>
          <div className="truncate font-mono text-[10px] text-slate-400">{step.id}</div>
        </div>
      </div>
      <dl className="mx-3 mt-2 grid grid-cols-3 gap-1 rounded-lg bg-slate-50 px-2 py-1.5 text-center">
        <Figure label="Entered" value={formatCount(entered)} other={compared ? formatCount(b?.entered ?? 0) : null} testId={`entered-${id}`} />
        <Figure label="Here now" value={formatCount(a?.now ?? 0)} tone={a?.now ? "text-sky-700" : undefined} testId={`now-${id}`} />
        {/* An End step is where runs are meant to stop: ending there is not a drop-off. */}
        {step.outputs.length === 0 ? (
          <Figure label="Ended" value={formatCount(dropped)} tone={dropped ? "text-emerald-700" : undefined} testId={`dropped-${id}`} />
        ) : (
          <Figure label="Dropped" value={formatCount(dropped)} tone={dropped ? "text-rose-700" : undefined} testId={`dropped-${id}`} />
        )}
      </dl>
      <div className="flex items-center justify-between px-3 pt-1.5 text-[10px] text-slate-500">
        {a?.time && a.time.p90 > 0 ? (
          <span title={`Time in step over ${formatCount(a.time.count)} passes`}>
            p50 <b className="font-semibold text-slate-700">{formatTime(a.time.p50)}</b> · p90 <b className="font-semibold text-slate-700">{formatTime(a.time.p90)}</b>
          </span>
        ) : (
          <span />
        )}
        {a && a.repeat > 0 && (
          <span className="flex items-center gap-0.5 text-amber-700" title="Runs that came back to this step are counted at every pass">
            <Repeat className="size-3" /> {formatCount(a.repeat)} repeat
          </span>
        )}
      </div>
      {step.outputs.length > 0 ? (
        <ul className="mt-1.5 border-t border-slate-100 py-1.5">
          {step.outputs.map((output) => {
            const count = a?.outcomes[output.id] ?? 0;
            const share = entered > 0 ? count / entered : null;
            const other = b && b.entered > 0 ? (b.outcomes[output.id] ?? 0) / b.entered : null;
            return (
              <li key={output.id} className="relative flex h-6 items-center gap-2 pr-3 pl-3 text-[11px] text-slate-600">
                <span className="h-1.5 rounded-full bg-indigo-400" style={{ width: `${Math.round((share ?? 0) * 56)}px` }} aria-hidden />
                <span className="ml-auto truncate">{output.label}</span>
                <span className="font-semibold text-slate-800 tabular-nums" data-testid={`outcome-${id}-${output.id}`}>
                  {formatCount(count)} · {formatShare(share)}
                </span>
                {compared && <span className="text-[10px] text-violet-600 tabular-nums">B {formatShare(other)}</span>}
                <Handle id={output.id} type="source" position={Position.Right} isConnectable={false} className="!size-2.5 !border-2 !border-white !bg-indigo-400" />
              </li>
            );
          })}
        </ul>
      ) : (
        <div className="h-3" />
      )}
    </div>
  );
});

function Figure({ label, value, other, tone, testId }: { label: string; value: string; other?: string | null; tone?: string; testId?: string }) {
  return (
    <div>
      <dt className="text-[9px] font-medium tracking-wide text-slate-400 uppercase">{label}</dt>
      <dd className={`text-sm font-semibold tabular-nums ${tone ?? "text-slate-800"}`} data-testid={testId}>
        {value}
        {other != null && <span className="ml-1 text-[10px] font-medium text-violet-600">B {other}</span>}
      </dd>
    </div>
  );
}
