import { describe, expect, it } from "vitest";
import { toGraph } from "./editor-graph";
import { findSteps } from "./find-steps";

const graph = toGraph({
  nodes: [
    { id: "get_slots", type: "httpRequest", position: { x: 600, y: 0 }, data: { method: "GET", url: "https://clinic.example/slots" } },
    { id: "greet", type: "message", title: "Say hello", position: { x: 300, y: 0 }, data: { kind: "text", text: "Welcome to the Clinic!" } },
    { id: "start", type: "trigger.inbound", position: { x: 0, y: 0 }, data: {} },
  ],
  edges: [],
});

describe("findSteps", () => {
  it("matches titles, ids, message texts and URLs, ignoring case, in reading order", () => {
    expect(findSteps(graph.nodes, "clinic")).toEqual(["greet", "get_slots"]);
    expect(findSteps(graph.nodes, "HELLO")).toEqual(["greet"]);
    expect(findSteps(graph.nodes, "get_")).toEqual(["get_slots"]);
    expect(findSteps(graph.nodes, "/slots")).toEqual(["get_slots"]);
  });

  it("finds nothing for an empty query or text no step holds", () => {
    expect(findSteps(graph.nodes, "  ")).toEqual([]);
    expect(findSteps(graph.nodes, "invoice")).toEqual([]);
  });
});
