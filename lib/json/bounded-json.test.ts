import { describe, expect, it } from "vitest";
import { jsonDepth, JsonTooDeepError, MAX_JSON_DEPTH, parseBoundedJson, valueTooDeep } from "./bounded-json";

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

describe("JSON with a nesting limit", () => {
  it("parses what nests up to the limit and refuses what nests deeper, before parsing", () => {
    expect(parseBoundedJson(nested(MAX_JSON_DEPTH))).toBeInstanceOf(Array);
    expect(() => parseBoundedJson(nested(MAX_JSON_DEPTH + 1))).toThrow(JsonTooDeepError);
    expect(() => parseBoundedJson(nested(100_000))).toThrow("JSON is nested deeper than 64 levels");
    expect(() => parseBoundedJson('{"a":'.repeat(10_000) + "1" + "}".repeat(10_000))).toThrow(JsonTooDeepError);
  });

  it("does not count brackets inside strings, escaped quotes included", () => {
    const text = JSON.stringify({ note: "[[[[{{{{".repeat(1000), quote: 'say \\"[[[[\\"' });
    expect(jsonDepth(text)).toBe(1);
    expect(parseBoundedJson(text)).toMatchObject({ note: expect.any(String) });
  });

  it("leaves invalid JSON to JSON.parse to report", () => {
    expect(() => parseBoundedJson("{nope")).toThrow(SyntaxError);
  });

  it("checks a parsed value without recursing", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(valueTooDeep(deep)).toBe(true);
    expect(valueTooDeep({ a: [{ b: 1 }] })).toBe(false);
  });
});
