import type { JourneyDocument } from "../journey/document-schema";
import type { Graph } from "./editor-graph";

/** Everything undo can bring back. Entries share unchanged parts by reference. */
export type Snapshot = Graph & { meta: DocumentMeta };
export type DocumentMeta = Pick<JourneyDocument, "name" | "description" | "settings" | "tests">;

/**
 * One user intent ("Move 3 steps", "Connect", "Edit Body") with the states around it.
 * Typing in one field is one entry: edits with the same key within COALESCE_MS extend
 * the last entry instead of adding one per keystroke.
 */
export type HistoryEntry = { label: string; before: Snapshot; after: Snapshot; key?: string; at: number };

export type History = { past: HistoryEntry[]; future: HistoryEntry[] };

const COALESCE_MS = 1500;
const LIMIT = 200;

export function record(history: History, entry: HistoryEntry): History {
  const last = history.past.at(-1);
  if (entry.key && last?.key === entry.key && entry.at - last.at < COALESCE_MS) {
    return { past: [...history.past.slice(0, -1), { ...last, after: entry.after, at: entry.at }], future: [] };
  }
  return { past: [...history.past, entry].slice(-LIMIT), future: [] };
}

export function undo(history: History): { history: History; entry: HistoryEntry } | null {
  const entry = history.past.at(-1);
  if (!entry) return null;
  return { history: { past: history.past.slice(0, -1), future: [entry, ...history.future] }, entry };
}

export function redo(history: History): { history: History; entry: HistoryEntry } | null {
  const entry = history.future[0];
  if (!entry) return null;
  // Typing after a redo is a new intent: it must not merge into the entry just redone.
  return { history: { past: [...history.past, { ...entry, key: undefined }], future: history.future.slice(1) }, entry };
}
