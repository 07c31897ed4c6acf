import type { Connection } from "@xyflow/react";
import type { JourneyEdge, JourneyNode } from "../journey/document-schema";
import { stepDefinition } from "../steps/registry";
import { handleTone, outputsOf, toEditorEdge, toEditorNode, toJourneyEdge, toJourneyNode, type EditorEdge, type EditorNode, type Graph } from "./editor-graph";
import { uniqueNodeId } from "./node-ids";

/**
 * Pure edits of the canvas graph. Each returns a new graph sharing untouched nodes, so
 * the store can keep the old one for undo by reference.
 */
export function addNode(graph: Graph, kind: string, config: unknown, position: { x: number; y: number }, idBase = kind) {
  const id = uniqueNodeId(idBase.replace(/^message\./, "").replace(".", "_"), new Set(graph.nodes.map((n) => n.id)));
  const node = { ...toEditorNode({ id, type: kind, position, data: structuredClone(config) as Record<string, unknown> }), selected: true };
  return { graph: { nodes: [...graph.nodes.map(deselect), node], edges: graph.edges.map(deselect) }, id };
}

/** Why a connection is refused, or null when it is fine; checked while dragging. */
export function connectionProblem(graph: Graph, connection: { source: string; sourceHandle?: string | null; target: string }): string | null {
  const target = graph.nodes.find((n) => n.id === connection.target);
  if (!target || !stepDefinition(target.data.kind)?.hasInput) return "This step has no input";
  if (graph.edges.some((e) => e.source === connection.source && e.sourceHandle === connection.sourceHandle)) {
    return "This output is connected already; delete its edge first";
  }
  return null;
}

export function connect(graph: Graph, connection: Pick<Connection, "source" | "sourceHandle" | "target">): Graph | null {
  if (!connection.sourceHandle || connectionProblem(graph, connection)) return null;
  const taken = new Set(graph.edges.map((e) => e.id));
  let id = `e_${connection.source}_${connection.sourceHandle.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  for (let n = 2; taken.has(id); n++) id = `${id.replace(/_\d+$/, "")}_${n}`;
  const source = graph.nodes.find((n) => n.id === connection.source);
  const edge = toEditorEdge({ id, source: connection.source, sourceHandle: connection.sourceHandle, target: connection.target }, handleTone(source, connection.sourceHandle));
  return { nodes: graph.nodes, edges: [...graph.edges, edge] };
}

/** Removes nodes and edges; edges touching a removed node go with it. */
export function removeElements(graph: Graph, nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string> = new Set()): Graph {
  return {
    nodes: graph.nodes.filter((n) => !nodeIds.has(n.id)),
    edges: graph.edges.filter((e) => !edgeIds.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target)),
  };
}

/**
 * A node's new config. Outputs follow the config, so edges on a handle that vanished are
 * removed in the same step (undo brings both back); a renamed option keeps its edge.
 */
export function updateConfig(graph: Graph, nodeId: string, config: Record<string, unknown>): Graph {
  const index = graph.nodes.findIndex((n) => n.id === nodeId);
  if (index < 0) return graph;
  const before = graph.nodes[index];
  // New outputs make load-time handle estimates wrong; the node re-measures them.
  const after: EditorNode = { ...before, handles: undefined, data: { ...before.data, config } };
  const nodes = graph.nodes.slice();
  nodes[index] = after;
  const oldIds = outputsOf(before).map((o) => o.id);
  const outputs = outputsOf(after);
  const newIds = outputs.map((o) => o.id);
  if (sameList(oldIds, newIds)) return { nodes, edges: graph.edges };
  const renamed = renamedHandle(oldIds, newIds);
  const live = new Set(newIds);
  const edges = graph.edges.flatMap((edge) => {
    if (edge.source !== nodeId) return [edge];
    const handle = renamed && edge.sourceHandle === renamed.from ? renamed.to : (edge.sourceHandle ?? "");
    // Outputs unknowable from a half-typed config must not cost the user their edges.
    if (outputs.length && !live.has(handle)) return [];
    const tone = handleTone(after, handle);
    return handle === edge.sourceHandle && tone === edge.data?.tone ? [edge] : [{ ...edge, sourceHandle: handle, data: { tone } }];
  });
  return { nodes, edges };
}

/** A step's own title; an empty one falls back to what its kind says. */
export function retitle(graph: Graph, nodeId: string, title: string): Graph {
  const index = graph.nodes.findIndex((n) => n.id === nodeId);
  if (index < 0) return graph;
  const before = graph.nodes[index];
  const { title: _old, ...data } = before.data;
  const nodes = graph.nodes.slice();
  nodes[index] = { ...before, data: title.trim() ? { ...data, title } : data };
  return { nodes, edges: graph.edges };
}

/** One output's id changed in place (a button id edited): its edge follows it. */
function renamedHandle(oldIds: string[], newIds: string[]) {
  if (oldIds.length !== newIds.length) return null;
  const changed = oldIds.flatMap((id, i) => (id === newIds[i] ? [] : [i]));
  return changed.length === 1 ? { from: oldIds[changed[0]], to: newIds[changed[0]] } : null;
}

function sameList(a: string[], b: string[]) {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Copied steps, as they travel through the clipboard (between journeys too). */
export type Fragment = { nodes: JourneyNode[]; edges: JourneyEdge[] };

export function selectedFragment(graph: Graph): Fragment {
  const nodes = graph.nodes.filter((n) => n.selected);
  const ids = new Set(nodes.map((n) => n.id));
  return {
    nodes: nodes.map(toJourneyNode),
    edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map(toJourneyEdge),
  };
}

/** Pasted steps get fresh ids, keep their inner edges, and become the selection. */
export function pasteFragment(graph: Graph, fragment: Fragment, offset: { x: number; y: number }): Graph {
  const taken = new Set(graph.nodes.map((n) => n.id));
  const ids = new Map<string, string>();
  const pasted = fragment.nodes.map((node) => {
    const id = taken.has(node.id) ? uniqueNodeId(node.id.replace(/_\d+$/, ""), taken) : node.id;
    taken.add(id);
    ids.set(node.id, id);
    const position = { x: node.position.x + offset.x, y: node.position.y + offset.y };
    return { ...toEditorNode({ ...node, id, position, data: structuredClone(node.data) }), selected: true };
  });
  let next: Graph = { nodes: [...graph.nodes.map(deselect), ...pasted], edges: graph.edges.map(deselect) };
  for (const edge of fragment.edges) {
    const source = ids.get(edge.source);
    const target = ids.get(edge.target);
    if (source && target) next = connect(next, { source, sourceHandle: edge.sourceHandle, target }) ?? next;
  }
  return next;
}

function deselect<T extends EditorNode | EditorEdge>(element: T): T {
  return element.selected ? { ...element, selected: false } : element;
}
