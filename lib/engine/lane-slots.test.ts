import { describe, expect, it } from "vitest";
import { laneSlots } from "./lane-slots";

describe("laneSlots", () => {
  it("lets `limit` lanes work at once and the others in, in the order they came, as slots free up", async () => {
    const slots = laneSlots(2);
    const order: string[] = [];
    const lane = async (name: string) => {
      await slots.acquire();
      order.push(name);
    };
    const all = Promise.all(["a", "b", "c", "d"].map(lane));
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(["a", "b"]);
    slots.release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(["a", "b", "c"]);
    slots.release();
    await all;
    expect(order).toEqual(["a", "b", "c", "d"]);
  });
});
