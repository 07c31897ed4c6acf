import { describeNode, type NodeDescription } from "../journey/describe-node";
import type { EditorEdge, EditorNode, StepData } from "./editor-graph";

// Keyed by the node's data object: dragging makes new nodes but keeps their data, so a
// drag frame costs a lookup per node, not a re-description.
const descriptions = new WeakMap<StepData, NodeDescription>();

/** What a node is called in lists and by assistive technology: its title, else its kind's words. */
export function describeEditorNode(node: Pick<EditorNode, "id" | "data">): NodeDescription {
  let description = descriptions.get(node.data);
  if (!description || description.id !== node.id) {
    description = describeNode({ id: node.id, type: node.data.kind, title: node.data.title, position: { x: 0, y: 0 }, data: node.data.config });
    descriptions.set(node.data, description);
  }
  return description;
}

/** "Ask for a service, Reply buttons step" or "Sticky note": a node's accessible name. */
export function nodeAccessibleName(node: Pick<EditorNode, "id" | "data">) {
  if (node.data.kind === "note") return "Sticky note";
  const step = describeEditorNode(node);
  return step.name === step.title ? `${step.name} step ${step.id}` : `${step.name}, ${step.title} step ${step.id}`;
}

/** The label of one output handle, as the node draws it. */
export function outputLabel(node: Pick<EditorNode, "id" | "data"> | undefined, handle: string | null | undefined) {
  if (!node) return handle ?? "";
  return describeEditorNode(node).outputs.find((o) => o.id === handle)?.label ?? handle ?? "";
}

/** "Check-up from Ask for a service to Get slots": an edge's accessible name. */
export function edgeAccessibleName(edge: Pick<EditorEdge, "source" | "sourceHandle" | "target">, byId: ReadonlyMap<string, Pick<EditorNode, "id" | "data">>) {
  const source = byId.get(edge.source);
  const target = byId.get(edge.target);
  const from = source ? describeEditorNode(source).name : edge.source;
  const to = target ? describeEditorNode(target).name : edge.target;
  return `${outputLabel(source, edge.sourceHandle)} from ${from} to ${to}`;
}
