import { describe, expect, it } from "vitest";
import { can, roleWithin } from "./roles";

describe("roles", () => {
  it("give editors journeys and operators runs, and viewers neither", () => {
    expect(can("editor", "journeys:write")).toBe(true);
    expect(can("editor", "runs:write")).toBe(false);
    expect(can("operator", "runs:write")).toBe(true);
    expect(can("operator", "journeys:write")).toBe(false);
    expect(can("viewer", "read")).toBe(true);
    expect(can("viewer", "journeys:write")).toBe(false);
    expect(can("owner", "workspace:manage")).toBe(true);
    expect(can("editor", "workspace:manage")).toBe(false);
  });

  it("let a token carry its owner's role or a lesser one, never another", () => {
    expect(roleWithin("viewer", "editor")).toBe(true);
    expect(roleWithin("editor", "editor")).toBe(true);
    expect(roleWithin("operator", "editor")).toBe(false);
    expect(roleWithin("owner", "editor")).toBe(false);
    expect(roleWithin("operator", "owner")).toBe(true);
  });
});
