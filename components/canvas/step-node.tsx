"use client";

import { memo, useEffect, useRef } from "react";
import { Handle, Position, useConnection, useNodeConnections, useUpdateNodeInternals, type NodeProps } from "@xyflow/react";
import { AlertTriangle, Plus, XCircle } from "lucide-react";
import { TemplateText } from "@/components/ui/template-text";
import { useEditor } from "@/components/editor/editor-context";
import { usePreviewMark } from "@/components/simulator/preview-context";
import { describeEditorNode } from "@/lib/editor/accessible-names";
import type { EditorNode } from "@/lib/editor/editor-graph";
import { StepIcon } from "./step-icon";
import { useOpenStepPicker } from "./step-picker-context";

const HANDLE_TONE: Record<string, string> = {
  error: "!bg-rose-500",
  timeout: "!bg-amber-500",
  option: "!bg-emerald-500",
  default: "!bg-slate-500",
};

/** A step on the canvas: what it is, what it does, its problems, one handle per outcome. */
export const StepNode = memo(function StepNode({ id, data, selected }: NodeProps<EditorNode>) {
  const step = describeEditorNode({ id, data });
  // Primitive selectors: a revalidation re-renders only the nodes whose counts changed.
  const errors = useEditor((s) => s.issueCounts.get(id)?.errors ?? 0);
  const warnings = useEditor((s) => s.issueCounts.get(id)?.warnings ?? 0);
  const mark = usePreviewMark(id);
  // With coverage shown: the step no test visits, and the outputs no test takes ("\n"-joined, a primitive).
  const onTestPath = useEditor((s) => s.testPath?.nodes.includes(id) ?? false);
  const untested = useEditor((s) => (s.coverageShown && s.testRun?.coverage.unvisited.includes(id)) || false);
  const untaken = useEditor((s) => (s.coverageShown && s.testRun ? s.testRun.coverage.uncovered.filter((u) => u.nodeId === id).map((u) => u.handle).join("\n") : ""));
  const connections = useNodeConnections({ handleType: "source" });
  // While a connection is dragged, the whole step is its input: a drop anywhere on it connects.
  // A string selector: only the step under the pointer re-renders as it moves.
  const dropTarget = useConnection((c) => (!c.inProgress || c.fromNode.id === id ? null : c.toNode?.id !== id ? "open" : c.isValid ? "over" : "refused"));
  const openPicker = useOpenStepPicker();
  // React Flow measures handles on resize only: a renamed option changes no size, and the
  // body's input comes and goes with a drag (a handle is found only once measured).
  const bodyInput = step.hasInput && dropTarget !== null;
  const handles = `${step.outputs.map((o) => o.id).join("\n")}\n${bodyInput}`;
  const updateNodeInternals = useUpdateNodeInternals();
  const measured = useRef(handles);
  useEffect(() => {
    // Mounting measures anyway; re-measuring on every render would loop with React Flow.
    if (measured.current === handles) return;
    measured.current = handles;
    updateNodeInternals(id);
  }, [handles, id, updateNodeInternals]);
  return (
    <div
      className={`relative w-64 rounded-xl bg-white text-left shadow-sm ring-1 ${
        dropTarget === "over" ? "shadow-md ring-2 ring-emerald-500 ring-offset-2" : dropTarget === "refused" ? "ring-2 ring-rose-400" : selected ? "shadow-md ring-2 ring-emerald-500" : mark === "current" ? "shadow-lg shadow-sky-200 ring-2 ring-sky-500" : mark ? "ring-2 ring-sky-200" : errors ? "ring-rose-300" : "ring-slate-200"
      }`}
      data-testid={`node-${step.id}`}
      data-preview={mark ?? undefined}
      data-coverage={untested ? "untested" : undefined}
      data-test-path={onTestPath || undefined}
      data-drop-target={dropTarget ?? undefined}
    >
      {onTestPath && <span aria-hidden className="pointer-events-none absolute -inset-1 rounded-[14px] ring-2 ring-violet-500" />}
      {untested && <span aria-hidden className="pointer-events-none absolute -inset-1.5 rounded-2xl border-2 border-dashed border-amber-400" />}
      {mark === "current" && (
        <span className="absolute -top-2.5 left-3 flex items-center gap-1 rounded-full bg-sky-500 px-2 py-0.5 text-[10px] font-semibold text-white shadow">
          <span className="size-1.5 animate-pulse rounded-full bg-white" /> Preview is here
        </span>
      )}
      {step.hasInput && <Handle type="target" position={Position.Left} aria-label={`Input of ${step.name}`} className="!size-2.5 !border-2 !border-white !bg-slate-400" />}
      {bodyInput && (
        // After the real input, so edges keep attaching to it; removed again when the drag ends.
        <Handle type="target" id="body" position={Position.Left} isConnectableStart={false} aria-hidden className="!absolute !inset-0 !z-10 !h-full !w-full !transform-none !rounded-xl !border-0 !bg-transparent" />
      )}
      <div className="flex items-start gap-2.5 px-3 pt-3">
        <StepIcon icon={step.icon} category={step.category} />
        <div className="min-w-0 flex-1">
          <div className="truncate text-[13px] font-semibold text-slate-900">{step.name}</div>
          <div className="truncate text-[10px] text-slate-400">
            {data.title && <span className="mr-1">{step.subtitle ?? step.title} ·</span>}
            <span className="font-mono">{step.id}</span>
          </div>
        </div>
        {(errors > 0 || warnings > 0) && (
          <span className={`flex items-center gap-0.5 text-[11px] font-medium ${errors ? "text-rose-600" : "text-amber-600"}`} title={`${errors} errors, ${warnings} warnings`}>
            {errors ? <XCircle className="size-3.5" /> : <AlertTriangle className="size-3.5" />}
            {errors || warnings}
          </span>
        )}
      </div>
      {step.summary && (
        <p className="line-clamp-3 px-3 pt-1.5 text-xs leading-relaxed whitespace-pre-line text-slate-600">
          <TemplateText text={step.summary} />
        </p>
      )}
      {step.outputs.length > 0 ? (
        <ul className="mt-2 border-t border-slate-100 py-1.5">
          {step.outputs.map((output) => (
            <li key={output.id} className="relative flex h-6 items-center justify-end pr-3 text-[11px] text-slate-600" data-untested={untaken.split("\n").includes(output.id) || undefined}>
              {untaken.split("\n").includes(output.id) && <span className="mr-1.5 rounded bg-amber-100 px-1 text-[9px] font-semibold uppercase text-amber-800">untested</span>}
              <span className="truncate">{output.label}</span>
              <Handle
                id={output.id}
                type="source"
                position={Position.Right}
                aria-label={`${output.label} output of ${step.name}`}
                className={`!size-2.5 !border-2 !border-white ${HANDLE_TONE[output.tone ?? "default"]}`}
              />
              {!connections.some((c) => c.sourceHandle === output.id) && (
                <button
                  type="button"
                  aria-label={`Add a step after ${output.label} of ${step.name}`}
                  title="Add the next step"
                  onClick={(event) => {
                    const box = event.currentTarget.getBoundingClientRect();
                    openPicker({ source: id, sourceHandle: output.id, screen: { x: box.right + 8, y: box.top }, returnFocus: event.currentTarget });
                  }}
                  className="nodrag nopan absolute -right-9 grid size-5 place-items-center rounded-md border border-slate-300 bg-white text-slate-400 hover:border-emerald-500 hover:text-emerald-700"
                >
                  <Plus className="size-3" />
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <div className="h-3" />
      )}
    </div>
  );
});
