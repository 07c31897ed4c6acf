import { expect, it } from "vitest";
import { flowOrder } from "./flow-order";

it("reads from the triggers along the edges, then the unreached nodes", () => {
  const node = (id: string, type = "end") => ({ id, type, position: { x: 0, y: 0 }, data: {} });
  const edge = (source: string, target: string) => ({ id: `${source}-${target}`, source, sourceHandle: "next", target });
  const order = flowOrder(
    { nodes: [node("c"), node("lost"), node("b"), node("t", "trigger"), node("a")], edges: [edge("t", "a"), edge("a", "b"), edge("t", "c"), edge("b", "ghost")] },
    (type) => type === "trigger",
  );
  expect(order).toEqual(["t", "a", "c", "b", "lost"]);
});
