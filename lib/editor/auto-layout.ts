import dagre from "@dagrejs/dagre";
import type { Graph } from "./editor-graph";

const DEFAULT_SIZE = { width: 256, height: 150 };

/**
 * Left-to-right layers following the edges, as people read a conversation. Notes keep
 * their place: they annotate a spot, not a step.
 */
export function autoLayout(graph: Graph): Graph {
  const layout = new dagre.graphlib.Graph();
  layout.setGraph({ rankdir: "LR", nodesep: 40, ranksep: 90, marginx: 20, marginy: 20 });
  layout.setDefaultEdgeLabel(() => ({}));
  const steps = graph.nodes.filter((n) => n.type !== "note");
  for (const node of steps) {
    layout.setNode(node.id, { width: node.measured?.width ?? DEFAULT_SIZE.width, height: node.measured?.height ?? DEFAULT_SIZE.height });
  }
  for (const edge of graph.edges) layout.setEdge(edge.source, edge.target);
  dagre.layout(layout);
  return {
    nodes: graph.nodes.map((node) => {
      if (node.type === "note") return node;
      const placed = layout.node(node.id);
      const width = node.measured?.width ?? DEFAULT_SIZE.width;
      const height = node.measured?.height ?? DEFAULT_SIZE.height;
      return { ...node, position: { x: Math.round(placed.x - width / 2), y: Math.round(placed.y - height / 2) } };
    }),
    edges: graph.edges,
  };
}
