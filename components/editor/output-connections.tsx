"use client";

import { useMemo } from "react";
import { describeEditorNode } from "@/lib/editor/accessible-names";
import { stepDefinition } from "@/lib/steps/registry";
import { useEditor, useEditorActions } from "./editor-context";

/**
 * Where each output of a step goes, as lists: connecting steps without dragging, from the
 * keyboard or a screen reader, and a readable summary of the wiring for everyone.
 */
export function OutputConnections({ nodeId }: { nodeId: string }) {
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  const actions = useEditorActions();
  const node = nodes.find((n) => n.id === nodeId);
  const targets = useMemo(
    () => nodes.filter((n) => stepDefinition(n.data.kind)?.hasInput).map((n) => ({ id: n.id, name: describeEditorNode(n).name })),
    [nodes],
  );
  if (!node) return null;
  const step = describeEditorNode(node);
  if (!step.outputs.length) return null;
  return (
    <section aria-label="Connections" className="mt-6 border-t border-slate-100 pt-4">
      <h3 className="text-xs font-semibold text-slate-700">Next steps</h3>
      <p className="mt-0.5 text-[11px] text-slate-500">Where the run goes from each outcome; drag from a handle on the canvas, or pick here.</p>
      <ul className="mt-2 space-y-1.5">
        {step.outputs.map((output) => {
          const target = edges.find((e) => e.source === nodeId && e.sourceHandle === output.id)?.target ?? "";
          return (
            <li key={output.id} className="flex items-center gap-2 text-xs">
              <label htmlFor={`next-${nodeId}-${output.id}`} className="w-24 shrink-0 truncate text-slate-600" title={output.label}>
                {output.label}
              </label>
              <select
                id={`next-${nodeId}-${output.id}`}
                aria-label={`Next step after ${output.label}`}
                value={target}
                onChange={(e) => actions.setOutputTarget(nodeId, output.id, e.target.value || null)}
                className="min-w-0 flex-1 rounded-md border border-slate-200 bg-white px-2 py-1 text-xs text-slate-800 focus:ring-2 focus:ring-emerald-500 focus:outline-none"
              >
                <option value="">Not connected: the run ends</option>
                {targets.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name === t.id ? t.id : `${t.name} (${t.id})`}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
