import { applyEdgeChanges, applyNodeChanges, type Connection, type EdgeChange, type NodeChange } from "@xyflow/react";
import { createStore } from "zustand/vanilla";
import { JOURNEY_SCHEMA, type JourneyDocument } from "../journey/document-schema";
import { validateJourney, type JourneyValidationContext } from "../journey/validate-journey";
import type { TestRun } from "../journey-tests/api-schemas";
import type { ValidationIssue } from "../schemas/validation-issue";
import type { PaletteEntry } from "../steps/step-definition";
import { autoLayout } from "./auto-layout";
import { toGraph, toJourneyEdge, toJourneyNode, type EditorEdge, type EditorNode, type Graph } from "./editor-graph";
import { addNode, connect, pasteFragment, removeElements, retitle, selectedFragment, updateConfig, type Fragment } from "./graph-edits";
import { record, redo, undo, type DocumentMeta, type History, type Snapshot } from "./history";

export type IssueCount = { errors: number; warnings: number };

/** Where the problems panel asked the inspector to go; `seq` re-focuses the same field. */
export type FieldFocus = { nodeId: string | null; path: string; seq: number };

export type EditorState = Graph & {
  meta: DocumentMeta;
  issues: ValidationIssue[];
  issueCounts: Map<string, IssueCount>;
  history: History;
  /** Bumped by every change to the document; autosave saves up to a revision. */
  revision: number;
  focus: FieldFocus | null;
  /** What the workspace adds to the checks: synced templates (message and fallback templates), keywords (triggers). */
  checks: JourneyValidationContext;
  /** The last run of the journey's tests, and whether the canvas marks what they leave untested. */
  testRun: TestRun | null;
  coverageShown: boolean;
  /** One test's way through the journey, drawn on the canvas ("Show on canvas"). */
  testPath: { testId: string; nodes: string[] } | null;
  actions: EditorActions;
};

export type EditorActions = ReturnType<typeof createActions>;

/**
 * The editor's document and its history. The journey is data (nodes, edges, meta); the
 * canvas, inspector and problems are derived from it, and every change goes through
 * `commit`, which records one undoable intent and revalidates.
 */
export function createEditorStore(document: JourneyDocument, journeyId?: string) {
  return createStore<EditorState>()((set, get) => {
    const graph = toGraph(document);
    const meta = metaOf(document);
    const checks: JourneyValidationContext = journeyId ? { journeyId } : {};
    return {
      ...graph,
      meta,
      ...validation({ ...graph, meta }, checks),
      history: { past: [], future: [] },
      revision: 0,
      focus: null,
      checks,
      testRun: null,
      coverageShown: false,
      testPath: null,
      actions: createActions(set, get),
    };
  });
}

export type EditorStore = ReturnType<typeof createEditorStore>;

type Set = (partial: Partial<EditorState> | ((state: EditorState) => Partial<EditorState>)) => void;
type Get = () => EditorState;

function createActions(set: Set, get: Get) {
  let dragStart: Snapshot | null = null;

  const snapshot = (): Snapshot => {
    const { nodes, edges, meta } = get();
    return { nodes, edges, meta };
  };

  /** Applies one intent: a new graph and/or meta, recorded for undo, then revalidated. */
  const commit = (label: string, next: Partial<Snapshot> | null, options: { key?: string; revalidate?: boolean } = {}) => {
    if (!next) return false;
    const before = snapshot();
    const after = { ...before, ...next };
    set((state) => ({
      ...after,
      ...(options.revalidate !== false && validation(after, state.checks)),
      history: record(state.history, { label, before, after, key: options.key, at: Date.now() }),
      revision: state.revision + 1,
    }));
    return true;
  };

  const restore = (target: Snapshot) =>
    set((state) => ({ ...target, ...validation(target, state.checks), revision: state.revision + 1 }));

  return {
    commit,
    /** New templates (a sync, a webhook) or keywords: the problems are computed again, nothing is recorded. */
    setChecks(patch: Pick<JourneyValidationContext, "templates" | "keywords" | "channels">) {
      set((state) => {
        const checks = { ...state.checks, ...patch };
        return { checks, ...validation(state, checks) };
      });
    },
    onNodesChange(changes: NodeChange<EditorNode>[]) {
      // Removal goes through deleteSelection, so it is one undoable intent.
      const kept = changes.filter((c) => c.type !== "remove");
      if (kept.length) set((state) => ({ nodes: forgetEstimates(kept, applyNodeChanges(kept, state.nodes)) }));
    },
    onEdgesChange(changes: EdgeChange<EditorEdge>[]) {
      const kept = changes.filter((c) => c.type !== "remove");
      if (kept.length) set((state) => ({ edges: applyEdgeChanges(kept, state.edges) }));
    },
    beginDrag() {
      dragStart = snapshot();
    },
    /** A whole drag is one history entry, however many frames it took. */
    endDrag(count: number) {
      if (!dragStart) return;
      const before = dragStart;
      dragStart = null;
      const after = snapshot();
      const moved = after.nodes.some((n, i) => n.position !== before.nodes[i]?.position);
      if (!moved) return;
      set((state) => ({
        history: record(state.history, { label: count > 1 ? `Move ${count} steps` : "Move step", before, after, at: Date.now() }),
        revision: state.revision + 1,
      }));
    },
    addStep(type: string, entry: Pick<PaletteEntry, "key" | "config">, position: { x: number; y: number }) {
      const { graph, id } = addNode(get(), type, entry.config, position, entry.key);
      commit(`Add ${id}`, graph);
      return id;
    },
    /** A new step already wired to the output it was asked for from: one undoable intent. */
    addConnectedStep(from: { source: string; sourceHandle: string }, type: string, entry: Pick<PaletteEntry, "key" | "config">, position: { x: number; y: number }) {
      const { graph, id } = addNode(get(), type, entry.config, position, entry.key);
      commit(`Add ${id}`, connect(graph, { ...from, target: id }) ?? graph);
      return id;
    },
    connect(connection: Connection) {
      return commit("Connect", connect(get(), connection));
    },
    /** Points one output at another step (or at nothing), replacing its edge: the keyboard's way to connect. */
    setOutputTarget(source: string, sourceHandle: string, target: string | null) {
      const graph = get();
      const old = graph.edges.find((e) => e.source === source && e.sourceHandle === sourceHandle);
      if ((old?.target ?? null) === target) return false;
      const freed = old ? removeElements(graph, new Set(), new Set([old.id])) : graph;
      const next = target ? connect(freed, { source, sourceHandle, target }) : freed;
      return commit(target ? "Connect" : "Delete connection", next);
    },
    deleteSelection() {
      const { nodes, edges } = get();
      const nodeIds = new Set(nodes.filter((n) => n.selected).map((n) => n.id));
      const edgeIds = new Set(edges.filter((e) => e.selected).map((e) => e.id));
      if (!nodeIds.size && !edgeIds.size) return false;
      const label = nodeIds.size ? `Delete ${nodeIds.size} step${nodeIds.size === 1 ? "" : "s"}` : "Delete connection";
      return commit(label, removeElements(get(), nodeIds, edgeIds));
    },
    deleteEdge(edgeId: string) {
      return commit("Delete connection", removeElements(get(), new Set(), new Set([edgeId])));
    },
    setConfig(nodeId: string, config: Record<string, unknown>, key?: string) {
      commit(`Edit ${nodeId}`, updateConfig(get(), nodeId, config), { key: key && `${nodeId}:${key}` });
    },
    setTitle(nodeId: string, title: string) {
      commit(`Rename ${nodeId}`, retitle(get(), nodeId, title), { key: `${nodeId}:title` });
    },
    setMeta(meta: DocumentMeta, key?: string, label = "Edit journey settings") {
      commit(label, { meta }, { key: key && `meta:${key}` });
    },
    setTestRun(testRun: TestRun | null) {
      set({ testRun, ...(!testRun && { coverageShown: false }) });
    },
    showCoverage(coverageShown: boolean) {
      set({ coverageShown });
    },
    showTestPath(testPath: { testId: string; nodes: string[] } | null) {
      set({ testPath });
    },
    copySelection(): Fragment | null {
      const fragment = selectedFragment(get());
      return fragment.nodes.length ? fragment : null;
    },
    paste(fragment: Fragment, offset: { x: number; y: number }) {
      return commit(`Paste ${fragment.nodes.length} step${fragment.nodes.length === 1 ? "" : "s"}`, pasteFragment(get(), fragment, offset));
    },
    layout() {
      return commit("Auto-layout", autoLayout(get()), { revalidate: false });
    },
    /** Import, version restore or reload: the whole document at once, undoable. */
    replaceDocument(document: JourneyDocument, label: string) {
      const graph = toGraph(document);
      return commit(label, { ...graph, meta: metaOf(document) });
    },
    select(nodeId: string | null) {
      set((state) => ({
        nodes: state.nodes.map((n) => (n.selected === (n.id === nodeId) ? n : { ...n, selected: n.id === nodeId })),
        edges: state.edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
      }));
    },
    selectAll() {
      set((state) => ({ nodes: state.nodes.map((n) => (n.selected ? n : { ...n, selected: true })) }));
    },
    focusField(nodeId: string | null, path: string) {
      set((state) => ({ focus: { nodeId, path, seq: (state.focus?.seq ?? 0) + 1 } }));
    },
    undo() {
      const step = undo(get().history);
      if (!step) return null;
      set({ history: step.history });
      restore(step.entry.before);
      return step.entry.label;
    },
    redo() {
      const step = redo(get().history);
      if (!step) return null;
      set({ history: step.history });
      restore(step.entry.after);
      return step.entry.label;
    },
  };
}

/** The document as saved and exported. */
export function editorDocument(state: Pick<EditorState, "nodes" | "edges" | "meta">): JourneyDocument {
  return {
    schema: JOURNEY_SCHEMA,
    ...state.meta,
    nodes: state.nodes.map(toJourneyNode),
    edges: state.edges.map(toJourneyEdge),
  };
}

/** A node the browser has measured keeps its real handles, not the load-time estimate. */
function forgetEstimates(changes: NodeChange<EditorNode>[], nodes: EditorNode[]) {
  const measured = new Set(changes.flatMap((c) => (c.type === "dimensions" ? [c.id] : [])));
  if (!measured.size) return nodes;
  return nodes.map((n) => (measured.has(n.id) && n.handles ? { ...n, handles: undefined } : n));
}

function metaOf(document: JourneyDocument): DocumentMeta {
  return { name: document.name, description: document.description, settings: document.settings, ...(document.tests && { tests: document.tests }) };
}

function validation(state: Pick<EditorState, "nodes" | "edges" | "meta">, checks: JourneyValidationContext) {
  const document = editorDocument(state);
  const issues = validateJourney(document, undefined, checks);
  const issueCounts = new Map<string, IssueCount>();
  for (const issue of issues) {
    if (!issue.nodeId) continue;
    const count = issueCounts.get(issue.nodeId) ?? { errors: 0, warnings: 0 };
    if (issue.severity === "error") count.errors++;
    else count.warnings++;
    issueCounts.set(issue.nodeId, count);
  }
  return { issues, issueCounts };
}
