import { describe, expect, it } from "vitest";
import booking from "../journey/samples/appointment-booking.json";
import { blankJourney } from "../journey/blank-journey";
import { journeyDocumentSchema } from "../journey/document-schema";
import { messageStep } from "../steps/message/definition";
import { fragmentFromText, fragmentToText } from "./clipboard";
import { setPath } from "./config-path";
import { createEditorStore, editorDocument } from "./editor-store";

const sample = () => journeyDocumentSchema.parse(booking);
const entry = (kind: string) => messageStep.palette!().find((e) => e.key === `message.${kind}`)!;

describe("editor store", () => {
  it("adds, connects and undoes step by step, then redoes", () => {
    const store = createEditorStore(blankJourney("Test"));
    const { actions } = store.getState();
    const trigger = store.getState().nodes[0].id;
    const menu = actions.addStep("message", entry("buttons"), { x: 300, y: 0 });
    expect(menu).toBe("buttons_1");
    expect(actions.connect({ source: trigger, sourceHandle: "next", target: menu, targetHandle: null })).toBe(true);
    expect(store.getState().edges).toHaveLength(1);
    expect(actions.undo()).toBe("Connect");
    expect(store.getState().edges).toHaveLength(0);
    expect(actions.undo()).toBe("Add buttons_1");
    expect(store.getState().nodes.map((n) => n.id)).toEqual([trigger]);
    actions.redo();
    actions.redo();
    expect(editorDocument(store.getState()).edges).toEqual([{ id: `e_${trigger}_next`, source: trigger, sourceHandle: "next", target: menu }]);
  });

  it("loads each edge with its outcome's colour and each node with estimated handles", () => {
    const { nodes, edges } = createEditorStore(sample()).getState();
    const tone = (source: string, handle: string) => edges.find((e) => e.source === source && e.sourceHandle === handle)?.data?.tone;
    expect([tone("choose_service", "failed"), tone("choose_service", "timeout"), tone("choose_service", "option:checkup"), tone("trigger", "next")]).toEqual(["error", "timeout", "option", "default"]);
    const menu = nodes.find((n) => n.id === "choose_service")!;
    expect(menu.handles?.filter((h) => h.type === "source").map((h) => h.id)).toEqual(["option:checkup", "option:whitening", "option:consult", "other", "timeout", "failed"]);
  });

  it("refuses a second edge from one handle and an edge into a trigger", () => {
    const store = createEditorStore(sample());
    const { actions } = store.getState();
    expect(actions.connect({ source: "choose_service", sourceHandle: "other", target: "booked", targetHandle: null })).toBe(false);
    expect(actions.connect({ source: "booked", sourceHandle: "next", target: "trigger", targetHandle: null })).toBe(false);
  });

  it("removes the edge of a deleted button with it, and undo brings both back", () => {
    const store = createEditorStore(sample());
    const { actions } = store.getState();
    const confirm = store.getState().nodes.find((n) => n.id === "confirm")!;
    const config = confirm.data.config as { message: { buttons: unknown[] } };
    const oneButton = setPath(config, "message.buttons", config.message.buttons.slice(0, 1));
    actions.setConfig("confirm", oneButton);
    const handles = () => store.getState().edges.filter((e) => e.source === "confirm").map((e) => e.sourceHandle);
    expect(handles()).not.toContain("option:change");
    actions.undo();
    expect(handles()).toContain("option:change");
  });

  it("keeps the edge when a button's id is renamed", () => {
    const store = createEditorStore(sample());
    const { actions } = store.getState();
    const confirm = store.getState().nodes.find((n) => n.id === "confirm")!;
    actions.setConfig("confirm", setPath(confirm.data.config, "message.buttons.0.id", "yes"));
    const edge = store.getState().edges.find((e) => e.source === "confirm" && e.target === "book")!;
    expect(edge.sourceHandle).toBe("option:yes");
  });

  it("coalesces typing in one field into one undo step", () => {
    const store = createEditorStore(sample());
    const { actions } = store.getState();
    const node = store.getState().nodes.find((n) => n.id === "booked")!;
    for (const text of ["H", "He", "Hey"]) actions.setConfig("booked", setPath(node.data.config, "message.text", text), "message.text");
    expect(store.getState().history.past).toHaveLength(1);
    actions.undo();
    expect(store.getState().nodes.find((n) => n.id === "booked")!.data.config).toBe(node.data.config);
  });

  it("revalidates on every change: an emptied body is an error at its path", () => {
    const store = createEditorStore(sample());
    expect(store.getState().issues.filter((i) => i.severity === "error")).toEqual([]);
    const node = store.getState().nodes.find((n) => n.id === "booked")!;
    store.getState().actions.setConfig("booked", setPath(node.data.config, "message.text", ""));
    expect(store.getState().issues).toContainEqual(expect.objectContaining({ nodeId: "booked", path: "message.text", severity: "error" }));
    expect(store.getState().issueCounts.get("booked")).toEqual({ errors: 1, warnings: 0 });
  });

  it("copies selected steps through clipboard text and pastes them with fresh ids and their inner edge", () => {
    const store = createEditorStore(sample());
    const { actions } = store.getState();
    store.setState({ nodes: store.getState().nodes.map((n) => ({ ...n, selected: n.id === "booked" || n.id === "end_booked" })) });
    const text = fragmentToText(actions.copySelection()!);
    actions.paste(fragmentFromText(text)!, { x: 40, y: 40 });
    const state = store.getState();
    expect(state.nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(["booked_1", "end_booked_1"]);
    expect(state.edges).toContainEqual(expect.objectContaining({ source: "booked_1", sourceHandle: "next", target: "end_booked_1" }));
    expect(fragmentFromText("not json")).toBeNull();
    expect(fragmentFromText(JSON.stringify({ format: "other" }))).toBeNull();
    // A pasted depth bomb is refused, not carried into the draft to overflow its next save.
    expect(fragmentFromText(text.replace('"position"', `"deep": ${"[".repeat(10_000)}${"]".repeat(10_000)}, "position"`))).toBeNull();
  });

  it("deletes the selection with its edges as one step", () => {
    const store = createEditorStore(sample());
    const { actions } = store.getState();
    actions.select("fetch_slots");
    actions.deleteSelection();
    const state = store.getState();
    expect(state.nodes.some((n) => n.id === "fetch_slots")).toBe(false);
    expect(state.edges.some((e) => e.source === "fetch_slots" || e.target === "fetch_slots")).toBe(false);
    expect(state.issues).toContainEqual(expect.objectContaining({ nodeId: "pick_slot", code: "unreachable" }));
    actions.undo();
    expect(store.getState().edges).toHaveLength(sample().edges.length);
  });

  it("lays out left to right in one undoable step", () => {
    const store = createEditorStore(sample());
    const { actions } = store.getState();
    actions.layout();
    const x = (id: string) => store.getState().nodes.find((n) => n.id === id)!.position.x;
    expect(x("trigger")).toBeLessThan(x("choose_service"));
    expect(x("choose_service")).toBeLessThan(x("fetch_slots"));
    expect(actions.undo()).toBe("Auto-layout");
    expect(store.getState().nodes.find((n) => n.id === "trigger")!.position).toEqual(sample().nodes[0].position);
  });
});
