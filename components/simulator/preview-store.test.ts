import { describe, expect, it } from "vitest";
import type { PreviewSnapshot } from "@/lib/preview/preview-schemas";
import { createPreviewStore, handleKey } from "./preview-store";

function snapshot(revision: number, overrides: Partial<PreviewSnapshot> = {}): PreviewSnapshot {
  return {
    id: "p1", journeyId: "j1", revision, contact: { name: "", msisdn: "+15550100200" }, windowForcedClosed: false, windowOpen: true, busy: false,
    run: null, messages: [], steps: [], path: { nodes: [], handles: [] }, timer: null, mocks: {}, withPerson: null, ...overrides,
  };
}

const run = (status: string, currentNode: string | null) => ({ status, currentNode, vars: {}, trigger: null, reply: null, error: null, outcome: null, startedAt: "" });
const step = (nodeId: string) => ({ seq: 1, nodeId, nodeType: "message", outcome: "next", startedAt: "", durationMs: 0 });

describe("preview store", () => {
  it("marks the current step while the run waits, and only the path once it ended", () => {
    const store = createPreviewStore();
    store.getState().receive(snapshot(3, { run: run("waiting", "ask"), steps: [step("trigger"), step("ask")], path: { nodes: ["trigger", "ask"], handles: [{ source: "trigger", sourceHandle: "next" }] } }));
    expect(store.getState()).toMatchObject({ current: "ask", latest: "ask" });
    expect(store.getState().taken.has(handleKey("trigger", "next"))).toBe(true);
    store.getState().receive(snapshot(4, { run: run("completed", null), steps: [step("trigger"), step("ask"), step("end")], path: { nodes: ["trigger", "ask", "end"], handles: [] } }));
    expect(store.getState()).toMatchObject({ current: null, latest: "end" });
    expect([...store.getState().visited]).toEqual(["trigger", "ask", "end"]);
  });

  it("ignores a snapshot older than the one it shows (the stream and an answer can cross)", () => {
    const store = createPreviewStore();
    store.getState().receive(snapshot(5, { run: run("waiting", "b") }));
    store.getState().receive(snapshot(4, { run: run("waiting", "a") }));
    expect(store.getState().current).toBe("b");
    // A new preview starts its revisions again.
    store.getState().receive({ ...snapshot(1, { run: run("waiting", "c") }), id: "p2" });
    expect(store.getState().current).toBe("c");
  });

  it("forgets the run when the preview closes", () => {
    const store = createPreviewStore();
    store.getState().setOpen(true);
    store.getState().receive(snapshot(2, { run: run("waiting", "ask"), path: { nodes: ["ask"], handles: [] } }));
    store.getState().setOpen(false);
    expect(store.getState()).toMatchObject({ open: false, snapshot: null, current: null });
    expect(store.getState().visited.size).toBe(0);
  });
});
