"use client";

import { memo } from "react";
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from "@xyflow/react";
import type { EditorEdge } from "@/lib/editor/editor-graph";
import { formatCount, formatShare } from "./format-figures";
import { useOutcomeFlow } from "./insights-context";

/** A connection as thick as the traffic it carried, labelled with its count and share. */
export const InsightEdge = memo(function InsightEdge(props: EdgeProps<EditorEdge>) {
  const { id, source, sourceHandleId, markerEnd } = props;
  const { count, share, busiest } = useOutcomeFlow(source, sourceHandleId);
  const [path, labelX, labelY] = getSmoothStepPath({ ...props, borderRadius: 10 });
  const width = count === 0 ? 1 : 1.5 + 8 * Math.sqrt(count / Math.max(busiest, 1));
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={{ stroke: count ? "#818cf8" : "#cbd5e1", strokeWidth: width, strokeDasharray: count ? undefined : "4 4" }} />
      {count > 0 && (
        <EdgeLabelRenderer>
          <span
            className="pointer-events-none absolute rounded-full bg-white px-1.5 py-0.5 text-[10px] font-semibold text-indigo-700 shadow-sm ring-1 ring-indigo-200 tabular-nums"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {formatCount(count)} · {formatShare(share)}
          </span>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
