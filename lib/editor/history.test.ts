import { describe, expect, it } from "vitest";
import { record, redo, undo, type History, type Snapshot } from "./history";

const snap = (n: number) => ({ nodes: [], edges: [], meta: { name: String(n), description: "", settings: {} } }) as unknown as Snapshot;

describe("history of intents", () => {
  it("merges typing in one field into one entry, but not into an entry just redone", () => {
    let history: History = { past: [], future: [] };
    history = record(history, { label: "Edit", key: "greet:text", before: snap(0), after: snap(1), at: 1000 });
    history = record(history, { label: "Edit", key: "greet:text", before: snap(1), after: snap(2), at: 1500 });
    expect(history.past).toHaveLength(1);
    history = undo(history)!.history;
    history = redo(history)!.history;
    history = record(history, { label: "Edit", key: "greet:text", before: snap(2), after: snap(3), at: 1600 });
    expect(history.past.map((e) => e.after.meta.name)).toEqual(["2", "3"]);
  });
});
