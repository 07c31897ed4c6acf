import { describe, expect, it } from "vitest";
import { funnelTo } from "./funnel";
import { figuresFromTotals } from "./version-insights";

const document = {
  nodes: ["t", "menu", "retry", "book", "done", "lost"].map((id) => ({ id, type: id === "t" ? "trigger.inbound" : "message", position: { x: 0, y: 0 }, data: {} })),
  edges: [
    ["t", "menu"], ["menu", "retry"], ["retry", "menu"], ["menu", "book"], ["book", "done"],
  ].map(([source, target], i) => ({ id: `e${i}`, source, sourceHandle: "next", target })),
};
const figures = figuresFromTotals([
  { nodeId: "t", metric: "entered", total: 200 },
  { nodeId: "menu", metric: "entered", total: 230 },
  { nodeId: "menu", metric: "repeat", total: 30 },
  { nodeId: "book", metric: "entered", total: 80 },
]);

describe("the funnel to a step", () => {
  it("follows the shortest chain from the trigger and counts each run once, loops left out", () => {
    expect(funnelTo(document, figures, "done")).toEqual([
      { nodeId: "t", runs: 200, fromPrevious: null, fromFirst: null },
      { nodeId: "menu", runs: 200, fromPrevious: 1, fromFirst: 1 },
      { nodeId: "book", runs: 80, fromPrevious: 0.4, fromFirst: 0.4 },
      { nodeId: "done", runs: 0, fromPrevious: 0, fromFirst: 0 },
    ]);
  });

  it("has no funnel for a step nothing leads to, and no conversion from nobody", () => {
    expect(funnelTo(document, figures, "lost")).toBeNull();
    expect(funnelTo(document, figuresFromTotals([]), "book")?.map((s) => s.fromPrevious)).toEqual([null, null, null]);
  });
});
