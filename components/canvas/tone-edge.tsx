"use client";

import { memo } from "react";
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from "@xyflow/react";
import { X } from "lucide-react";
import { useEditorActions } from "@/components/editor/editor-context";
import { usePreviewTaken } from "@/components/simulator/preview-context";
import type { EditorEdge } from "@/lib/editor/editor-graph";

const STROKE: Record<string, string> = { error: "#f43f5e", timeout: "#f59e0b", option: "#10b981" };

/** A connection coloured by the outcome it leaves by; a selected one offers delete. */
export const ToneEdge = memo(function ToneEdge(props: EdgeProps<EditorEdge>) {
  const { id, data, selected, markerEnd, source, sourceHandleId } = props;
  const actions = useEditorActions();
  const taken = usePreviewTaken(source, sourceHandleId);
  const [path, labelX, labelY] = getSmoothStepPath({ ...props, borderRadius: 10 });
  const stroke = selected ? "#059669" : taken ? "#0ea5e9" : (STROKE[data?.tone ?? ""] ?? "#94a3b8");
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={{ stroke, strokeWidth: selected || taken ? 2.5 : 1.5 }} interactionWidth={16} className={taken ? "preview-taken" : undefined} />
      {selected && (
        <EdgeLabelRenderer>
          <button
            type="button"
            aria-label="Delete connection"
            onClick={() => actions.deleteEdge(id)}
            className="nodrag nopan pointer-events-auto absolute grid size-6 place-items-center rounded-full bg-white text-slate-500 shadow ring-1 ring-slate-300 hover:text-rose-600"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            <X className="size-3.5" />
          </button>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
