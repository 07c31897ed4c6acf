import { describe, expect, it } from "vitest";
import { sameOriginPath } from "./same-origin-path";

describe("the page to land on after sign-in", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(sameOriginPath("/settings")).toBe("/settings");
    expect(sameOriginPath("/journeys/abc?tab=runs#top")).toBe("/journeys/abc?tab=runs#top");
  });

  it("refuses every spelling that a browser reads as another site", () => {
    for (const next of ["//evil.example", "/\\evil.example/x", "/\t/evil.example/x", "/\n/evil.example/x", "/\r/evil.example/x", "\\\\evil.example", "https://evil.example/", "javascript:alert(1)"]) {
      expect(sameOriginPath(next), JSON.stringify(next)).toBe("/journeys");
    }
    // Normalised back into a double slash: collapsed so that it stays a path here.
    expect(sameOriginPath("/.//evil.example")).toBe("/evil.example");
    // Same scheme without slashes is a relative path to the parser and to the browser.
    expect(sameOriginPath("http:evil.example")).toBe("/evil.example");
  });

  it("falls back when there is nothing to go back to", () => {
    expect(sameOriginPath(undefined)).toBe("/journeys");
    expect(sameOriginPath("")).toBe("/journeys");
  });
});
