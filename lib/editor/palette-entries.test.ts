import { describe, expect, it } from "vitest";
import { matchingItems } from "./palette-entries";

describe("matchingItems", () => {
  it("puts labels that start with the query before labels and descriptions that merely contain it", () => {
    const labels = matchingItems("end").map((i) => i.label);
    expect(labels[0]).toBe("End");
    expect(labels).toContain("HTTP request");
  });

  it("finds nothing for text no step has, and everything for an empty query", () => {
    expect(matchingItems("zebra")).toEqual([]);
    expect(matchingItems(" ").length).toBeGreaterThan(10);
  });
});
