import type { NodeHandle } from "@xyflow/react";
import type { OutputHandle } from "../steps/step-definition";

/**
 * Where a step's handles will be, before the browser has drawn it. React Flow otherwise
 * renders every node once just to measure it, which costs seconds on a large journey;
 * with a size and handles up front it renders only what is in view. The numbers mirror
 * components/canvas/step-node.tsx (w-64, header 44 px, two summary lines, 24 px output
 * rows); a node drawn on screen is measured for real and these are dropped.
 */
const WIDTH = 256;
const HEADER = 44;
const SUMMARY = 6 + 2 * 19.5;
const OUTPUTS_TOP = 8 + 1 + 6;
const ROW = 24;
const HANDLE = 10;

export function estimatedStepGeometry(hasInput: boolean, outputs: OutputHandle[]) {
  const top = HEADER + SUMMARY + OUTPUTS_TOP;
  const height = outputs.length ? top + outputs.length * ROW + 6 : HEADER + SUMMARY + 12;
  const handles: NodeHandle[] = outputs.map((output, i) => ({
    id: output.id,
    type: "source",
    position: "right" as NodeHandle["position"],
    x: WIDTH - HANDLE / 2,
    y: top + i * ROW + ROW / 2 - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  }));
  if (hasInput) handles.push({ id: null, type: "target", position: "left" as NodeHandle["position"], x: -HANDLE / 2, y: height / 2 - HANDLE / 2, width: HANDLE, height: HANDLE });
  return { initialWidth: WIDTH, initialHeight: Math.round(height), handles };
}

export const NOTE_GEOMETRY = { initialWidth: 224, initialHeight: 96, handles: [] as NodeHandle[] };
