import type { JourneyDocument } from "../journey/document-schema";
import type { VersionFigures } from "./version-insights";

export type FunnelStage = { nodeId: string; runs: number; fromPrevious: number | null; fromFirst: number | null };

/**
 * The funnel from the journey's start to `target`: the shortest chain of steps that leads
 * there (breadth-first from the triggers), each stage counting the runs that reached it
 * for the first time (repeat passes of a loop left out), with its conversion from the stage
 * before and from the first. Null when nothing leads to the step.
 */
export function funnelTo(document: Pick<JourneyDocument, "nodes" | "edges">, figures: VersionFigures, target: string): FunnelStage[] | null {
  const path = shortestPath(document, target);
  if (!path) return null;
  const runs = path.map((nodeId) => {
    const step = figures.steps[nodeId];
    return step ? step.entered - step.repeat : 0;
  });
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
  return path.map((nodeId, i) => ({ nodeId, runs: runs[i], fromPrevious: i === 0 ? null : share(runs[i], runs[i - 1]), fromFirst: i === 0 ? null : share(runs[i], runs[0]) }));
}

function shortestPath(document: Pick<JourneyDocument, "nodes" | "edges">, target: string): string[] | null {
  const next = new Map<string, string[]>();
  for (const edge of document.edges) next.set(edge.source, [...(next.get(edge.source) ?? []), edge.target]);
  const targets = new Set(document.edges.map((e) => e.target));
  const starts = document.nodes.filter((n) => n.type.startsWith("trigger.") || (n.type !== "note" && !targets.has(n.id) && next.has(n.id))).map((n) => n.id);
  const cameFrom = new Map<string, string | null>(starts.map((id) => [id, null]));
  const queue = [...starts];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (id === target) {
      const path = [id];
      for (let at = cameFrom.get(id); at; at = cameFrom.get(at)) path.unshift(at);
      return path;
    }
    for (const to of next.get(id) ?? []) {
      if (cameFrom.has(to)) continue;
      cameFrom.set(to, id);
      queue.push(to);
    }
  }
  return null;
}
