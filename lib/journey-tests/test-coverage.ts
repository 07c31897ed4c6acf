import type { JourneyDocument } from "../journey/document-schema";
import { resolveNodes } from "../journey/resolve-nodes";
import type { ActualRun } from "./compare-run";

export type Coverage = {
  steps: { covered: number; total: number };
  handles: { covered: number; total: number };
  /** Outputs no test leaves by: what to test next, marked on the canvas. */
  uncovered: Array<{ nodeId: string; handle: string; label: string }>;
  unvisited: string[];
};

/**
 * How much of the journey the tests go through: the share of its steps (notes aside) and
 * of its steps' outputs that at least one test took.
 */
export function testCoverage(document: JourneyDocument, runs: ActualRun[]): Coverage {
  const visited = new Set(runs.flatMap((r) => r.path));
  const taken = new Set(runs.flatMap((r) => r.taken.map((t) => `${t.nodeId}\n${t.outcome}`)));
  const steps = resolveNodes(document).filter((n) => n.definition.hasInput || n.definition.isTrigger);
  const handles = steps.flatMap((n) => (n.outputs ?? []).map((o) => ({ nodeId: n.node.id, handle: o.id, label: o.label })));
  const uncovered = handles.filter((h) => !taken.has(`${h.nodeId}\n${h.handle}`));
  return {
    steps: { covered: steps.filter((n) => visited.has(n.node.id)).length, total: steps.length },
    handles: { covered: handles.length - uncovered.length, total: handles.length },
    uncovered,
    unvisited: steps.filter((n) => !visited.has(n.node.id)).map((n) => n.node.id),
  };
}
