"use client";

import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import type { EditorNode } from "@/lib/editor/editor-graph";

const COLORS: Record<string, string> = {
  yellow: "bg-amber-100 ring-amber-200 text-amber-950",
  blue: "bg-sky-100 ring-sky-200 text-sky-950",
  green: "bg-emerald-100 ring-emerald-200 text-emerald-950",
  pink: "bg-pink-100 ring-pink-200 text-pink-950",
};

/** A sticky note: never executed, never connected. */
export const NoteNode = memo(function NoteNode({ id, data, selected }: NodeProps<EditorNode>) {
  const text = String(data.config.text ?? "");
  const color = String(data.config.color ?? "yellow");
  return (
    <div
      data-testid={`node-${id}`}
      className={`w-56 rounded-lg p-3 text-xs leading-relaxed whitespace-pre-line shadow-sm ring-1 ${COLORS[color] ?? COLORS.yellow} ${selected ? "ring-2 ring-emerald-500" : ""}`}
    >
      {text || <span className="opacity-60">Empty note: select it to write</span>}
    </div>
  );
});
