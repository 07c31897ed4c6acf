"use client";

import { memo } from "react";
import type { Node, NodeProps } from "@xyflow/react";

export type NoteNodeData = { text: string; color: string };
export type NoteNodeType = Node<NoteNodeData, "note">;

const COLORS: Record<string, string> = {
  yellow: "bg-amber-100 ring-amber-200 text-amber-950",
  blue: "bg-sky-100 ring-sky-200 text-sky-950",
  green: "bg-emerald-100 ring-emerald-200 text-emerald-950",
  pink: "bg-pink-100 ring-pink-200 text-pink-950",
};

/** A sticky note: never executed, never connected. */
export const NoteNode = memo(function NoteNode({ data }: NodeProps<NoteNodeType>) {
  return (
    <div className={`w-56 rounded-lg p-3 text-xs leading-relaxed whitespace-pre-line shadow-sm ring-1 ${COLORS[data.color] ?? COLORS.yellow}`}>
      {data.text || "Empty note"}
    </div>
  );
});
