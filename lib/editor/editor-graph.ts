import type { Edge, Node } from "@xyflow/react";
import type { JourneyDocument, JourneyEdge, JourneyNode } from "../journey/document-schema";
import { resolveNode } from "../journey/resolve-nodes";
import { estimatedStepGeometry, NOTE_GEOMETRY } from "./node-geometry";

/** What the canvas holds for one journey node: its kind and config, nothing derived. */
export type StepData = { kind: string; config: Record<string, unknown>; title?: string };
export type EditorNode = Node<StepData, "step" | "note">;
export type EditorEdge = Edge<{ tone: string }>;

/** The part of the document the canvas edits; history entries keep these by reference. */
export type Graph = { nodes: EditorNode[]; edges: EditorEdge[] };

export function toEditorNode(node: JourneyNode): EditorNode {
  return {
    id: node.id,
    type: node.type === "note" ? "note" : "step",
    position: node.position,
    data: { kind: node.type, config: node.data, ...(node.title && { title: node.title }) },
    // Notes sit behind the steps they annotate.
    ...(node.type === "note" && { zIndex: -1 }),
  };
}

export function toJourneyNode(node: EditorNode): JourneyNode {
  return {
    id: node.id,
    type: node.data.kind,
    ...(node.data.title && { title: node.data.title }),
    position: { x: Math.round(node.position.x), y: Math.round(node.position.y) },
    data: node.data.config,
  };
}

export function toEditorEdge(edge: JourneyEdge, tone: string): EditorEdge {
  return { id: edge.id, type: "tone", source: edge.source, sourceHandle: edge.sourceHandle, target: edge.target, data: { tone } };
}

export function toJourneyEdge(edge: EditorEdge): JourneyEdge {
  return { id: edge.id, source: edge.source, sourceHandle: edge.sourceHandle ?? "", target: edge.target };
}

/**
 * The document's nodes and edges as the canvas holds them. Each node is resolved once: its
 * outputs give both its estimated handles (so React Flow draws only what is in view, see
 * node-geometry.ts) and the colour of the edges leaving it.
 */
export function toGraph(document: Pick<JourneyDocument, "nodes" | "edges">): Graph {
  const tones = new Map<string, Map<string, string>>();
  const nodes = document.nodes.map((journeyNode) => {
    const node = toEditorNode(journeyNode);
    if (node.type === "note") return { ...node, ...NOTE_GEOMETRY };
    const { definition, outputs } = resolveNode(journeyNode);
    tones.set(node.id, new Map((outputs ?? []).map((o) => [o.id, o.tone ?? "default"])));
    return { ...node, ...estimatedStepGeometry(definition.hasInput, outputs ?? []) };
  });
  return { nodes, edges: document.edges.map((e) => toEditorEdge(e, tones.get(e.source)?.get(e.sourceHandle) ?? "default")) };
}

/** An edge's colour follows the kind of outcome it leaves by (error, timeout, option). */
export function handleTone(node: EditorNode | undefined, handle: string) {
  if (!node) return "default";
  return outputsOf(node).find((o) => o.id === handle)?.tone ?? "default";
}

/** The output handles a node has with its current config. */
export function outputsOf(node: EditorNode) {
  return resolveNode(toJourneyNode(node)).outputs ?? [];
}
