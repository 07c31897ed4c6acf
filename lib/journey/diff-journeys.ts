import type { JourneyDocument, JourneyEdge, JourneyNode } from "./document-schema";
import { describeNode } from "./describe-node";

export type FieldChange = { path: string; before: unknown; after: unknown };
export type StepChange = { id: string; type: string; title?: string; fields: FieldChange[] };
/** An edge with what a person reads: the steps' names and the output's label (ids kept beside). */
export type NamedEdge = JourneyEdge & { names: { source: string; output: string; target: string } };

export type JourneyDiff = {
  added: StepChange[];
  removed: StepChange[];
  edited: StepChange[];
  /** Steps only dragged elsewhere: shown, but not counted as a change of behaviour. */
  moved: string[];
  connections: { added: NamedEdge[]; removed: NamedEdge[] };
  /** Name, description and settings. */
  journey: FieldChange[];
};

/**
 * What a draft changes against a published version, step by step and field by field.
 * Steps are matched by id (titles and ids never collide with positions), edges by their
 * source, output and target, so an edge re-created under another id is no change.
 */
export function diffJourneys(live: JourneyDocument, draft: JourneyDocument): JourneyDiff {
  const before = new Map(live.nodes.map((n) => [n.id, n]));
  const after = new Map(draft.nodes.map((n) => [n.id, n]));
  const added = draft.nodes.filter((n) => !before.has(n.id)).map((n) => stepChange(n, fieldChanges(new Map(), stepFields(n))));
  const removed = live.nodes.filter((n) => !after.has(n.id)).map((n) => stepChange(n, fieldChanges(stepFields(n), new Map())));
  const edited: StepChange[] = [];
  const moved: string[] = [];
  for (const node of draft.nodes) {
    const old = before.get(node.id);
    if (!old) continue;
    const fields = fieldChanges(stepFields(old), stepFields(node));
    if (fields.length) edited.push(stepChange(node, fields));
    else if (old.position.x !== node.position.x || old.position.y !== node.position.y) moved.push(node.id);
  }
  const edgeKey = (e: JourneyEdge) => `${e.source}\u0000${e.sourceHandle}\u0000${e.target}`;
  const liveEdges = new Set(live.edges.map(edgeKey));
  const draftEdges = new Set(draft.edges.map(edgeKey));
  return {
    added,
    removed,
    edited,
    moved,
    connections: {
      added: draft.edges.filter((e) => !liveEdges.has(edgeKey(e))).map((e) => named(e, draft)),
      removed: live.edges.filter((e) => !draftEdges.has(edgeKey(e))).map((e) => named(e, live)),
    },
    journey: fieldChanges(journeyFields(live), journeyFields(draft)),
  };
}

/** Whether publishing the draft would change what the journey does or says. */
export function hasChanges(diff: JourneyDiff) {
  return diff.added.length + diff.removed.length + diff.edited.length + diff.connections.added.length + diff.connections.removed.length + diff.journey.length > 0;
}

/** "2 steps added, 1 edited, 1 connection removed": the header's one-line account. */
export function describeDiff(diff: JourneyDiff): string {
  const parts: string[] = [];
  const steps = (n: number, what: string) => n && parts.push(`${n} ${n === 1 ? "step" : "steps"} ${what}`);
  steps(diff.added.length, "added");
  steps(diff.removed.length, "removed");
  steps(diff.edited.length, "edited");
  const connections = diff.connections.added.length + diff.connections.removed.length;
  if (connections) parts.push(`${connections} ${connections === 1 ? "connection" : "connections"} changed`);
  if (diff.journey.length) parts.push("settings changed");
  return parts.join(", ");
}

function stepChange(node: JourneyNode, fields: FieldChange[]): StepChange {
  return { id: node.id, type: node.type, ...(node.title && { title: node.title }), fields };
}

function stepFields(node: JourneyNode) {
  return flatten({ ...(node.title !== undefined && { title: node.title }), type: node.type, ...node.data });
}

function journeyFields(document: JourneyDocument) {
  return flatten({ name: document.name, description: document.description, settings: document.settings });
}

function fieldChanges(before: Map<string, unknown>, after: Map<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    const [a, b] = [before.get(path), after.get(path)];
    if (JSON.stringify(a) !== JSON.stringify(b)) changes.push({ path, before: a, after: b });
  }
  return changes;
}

/** Leaves of a config as dotted paths (`buttons.1.title`); empty objects and arrays are leaves. */
function flatten(value: unknown, prefix = "", into = new Map<string, unknown>()): Map<string, unknown> {
  const nested = value !== null && typeof value === "object" && Object.keys(value).length > 0;
  if (!nested) {
    if (prefix) into.set(prefix, value);
    return into;
  }
  for (const [key, item] of Object.entries(value)) flatten(item, prefix ? `${prefix}.${key}` : key, into);
  return into;
}

/** An edge named as the document it belongs to draws it. */
function named(edge: JourneyEdge, document: JourneyDocument): NamedEdge {
  const describe = (id: string) => {
    const node = document.nodes.find((n) => n.id === id);
    return node ? describeNode(node) : null;
  };
  const source = describe(edge.source);
  const target = describe(edge.target);
  const output = source?.outputs.find((o) => o.id === edge.sourceHandle)?.label ?? edge.sourceHandle ?? "";
  return { ...edge, names: { source: source?.name ?? edge.source, output, target: target?.name ?? edge.target } };
}
