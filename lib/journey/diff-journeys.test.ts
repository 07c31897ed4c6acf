import { describe, expect, it } from "vitest";
import { describeDiff, diffJourneys, hasChanges } from "./diff-journeys";
import { journeyDocumentSchema, type JourneyDocument } from "./document-schema";

const live = journeyDocumentSchema.parse({
  schema: "journey/v1",
  name: "Booking",
  nodes: [
    { id: "start", type: "trigger.inbound", position: { x: 0, y: 0 }, data: { match: "any" } },
    { id: "hello", type: "message", position: { x: 300, y: 0 }, data: { kind: "text", text: "Hi!" } },
    { id: "bye", type: "end", position: { x: 600, y: 0 }, data: {} },
  ],
  edges: [
    { id: "e1", source: "start", sourceHandle: "next", target: "hello" },
    { id: "e2", source: "hello", sourceHandle: "next", target: "bye" },
  ],
});

const edit = (change: (draft: JourneyDocument) => void) => {
  const draft = structuredClone(live);
  change(draft);
  return diffJourneys(live, draft);
};

describe("diffJourneys", () => {
  it("finds no change in an identical draft, nor in a re-created edge or a moved step", () => {
    expect(hasChanges(diffJourneys(live, live))).toBe(false);
    const diff = edit((d) => {
      d.edges[0].id = "e_start_next";
      d.nodes[1].position = { x: 320, y: 40 };
    });
    expect(hasChanges(diff)).toBe(false);
    expect(diff.moved).toEqual(["hello"]);
  });

  it("names each step added, removed and edited, with the fields that changed", () => {
    const diff = edit((d) => {
      d.nodes[1].data.text = "Hello there!";
      d.nodes[1].title = "Greeting";
      d.nodes.splice(2, 1);
      d.nodes.push({ id: "wait", type: "waitForReply", position: { x: 600, y: 0 }, data: { timeoutMinutes: 60 } });
      d.edges[1].target = "wait";
    });
    expect(diff.added.map((s) => s.id)).toEqual(["wait"]);
    expect(diff.removed.map((s) => s.id)).toEqual(["bye"]);
    expect(diff.edited).toEqual([
      {
        id: "hello",
        type: "message",
        title: "Greeting",
        fields: [
          { path: "text", before: "Hi!", after: "Hello there!" },
          { path: "title", before: undefined, after: "Greeting" },
        ],
      },
    ]);
    // Named as the canvas names them: the step's title, the output's label (this fixture's
    // message has no valid settings, so no outputs to name: its id stands in).
    expect(diff.connections.added).toEqual([
      { id: "e2", source: "hello", sourceHandle: "next", target: "wait", names: { source: "Greeting", output: "next", target: "Wait for reply" } },
    ]);
    expect(diff.connections.removed.map((e) => e.target)).toEqual(["bye"]);
    expect(describeDiff(diff)).toBe("1 step added, 1 step removed, 1 step edited, 2 connections changed");
  });

  it("reports the journey's own settings", () => {
    const diff = edit((d) => (d.settings.reentry = "restart"));
    expect(diff.journey).toEqual([{ path: "settings.reentry", before: "ignore", after: "restart" }]);
    expect(describeDiff(diff)).toBe("settings changed");
  });
});
