import { describe, expect, it } from "vitest";
import type { EditorNode } from "./editor-graph";
import { besideParent, freeSpot } from "./free-spot";

const node = (id: string, x: number, y: number, width = 256, height = 160): EditorNode =>
  ({ id, type: "step", position: { x, y }, measured: { width, height }, data: {} }) as unknown as EditorNode;

describe("where a new step goes", () => {
  it("where it was asked for when that is free", () => {
    expect(freeSpot([node("a", 0, 0)], { x: 400, y: 0 })).toEqual({ x: 400, y: 0 });
  });

  it("below, then above, a step already there, never on top of it", () => {
    const parent = node("a", 0, 0);
    const sibling = node("b", 336, 0);
    const spot = freeSpot([parent, sibling], besideParent(parent));
    expect(spot).toEqual({ x: 336, y: 180 });
    const below = node("c", 336, 180);
    expect(freeSpot([parent, sibling, below], besideParent(parent))).toEqual({ x: 336, y: -180 });
  });

  it("one column further when the whole column is full", () => {
    const column = [0, 1, -1, 2, -2, 3, -3, 4, 5, 6].map((row, i) => node(`n${i}`, 336, row * 180));
    expect(freeSpot(column, { x: 336, y: 0 })).toEqual({ x: 632, y: 0 });
  });
});
