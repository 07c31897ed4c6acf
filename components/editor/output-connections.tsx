"use client";

import { memo, useMemo } from "react";
import { describeEditorNode } from "@/lib/editor/accessible-names";
import type { EditorNode } from "@/lib/editor/editor-graph";
import { stepDefinition } from "@/lib/steps/registry";
import { useEditor, useEditorActions } from "./editor-context";

/**
 * Where each output of a step goes, as lists: connecting steps without dragging, from the
 * keyboard or a screen reader, and a readable summary of the wiring for everyone.
 */
export function OutputConnections({ nodeId }: { nodeId: string }) {
  // Primitive and stable slices: a drag or a measurement changes nodes every frame but
  // neither this step nor any step's name, so the lists (one per output, each as long as
  // the journey) are not rendered again.
  const data = useEditor((s) => s.nodes.find((n) => n.id === nodeId)?.data);
  const targetKey = useEditor((s) => targetKeyOf(s.nodes));
  const edges = useEditor((s) => s.edges);
  const actions = useEditorActions();
  const targets = useMemo(() => (targetKey ? targetKey.split("\u0001").map((entry) => entry.split("\u0000") as [string, string]) : []), [targetKey]);
  const node = data && { id: nodeId, data };
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
                <TargetOptions targets={targets} />
              </select>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const TargetOptions = memo(function TargetOptions({ targets }: { targets: Array<[id: string, name: string]> }) {
  return targets.map(([id, name]) => (
    <option key={id} value={id}>
      {name === id ? id : `${name} (${id})`}
    </option>
  ));
});

/** Every step a run can go to (it has an input), as one comparable string of ids and names. */
function targetKeyOf(nodes: EditorNode[]) {
  let key = "";
  for (const n of nodes) {
    if (!stepDefinition(n.data.kind)?.hasInput) continue;
    key += `${key ? "\u0001" : ""}${n.id}\u0000${describeEditorNode(n).name}`;
  }
  return key;
}
