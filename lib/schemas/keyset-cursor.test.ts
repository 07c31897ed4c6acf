import { describe, expect, it } from "vitest";
import { listContactsQuery } from "../contacts/api-schemas";
import { listRunsQuery } from "../runs/explorer-schemas";

describe("keyset cursors and searched text", () => {
  for (const [name, schema] of [["runs", listRunsQuery], ["contacts", listContactsQuery]] as const) {
    it(`${name}: a cursor with an impossible date is refused with its path, a real one is read`, () => {
      const bad = schema.safeParse({ cursor: "2024-13-45T25:61:61.000Z|abc" });
      expect(bad.success).toBe(false);
      expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["cursor"]);
      expect(schema.safeParse({ cursor: "2024-02-30T10:00:00.000Z|abc" }).success).toBe(false);
      expect(schema.parse({ cursor: "2024-02-29T10:00:00.000Z|abc" }).cursor).toMatchObject({ id: "abc", at: new Date("2024-02-29T10:00:00.000Z") });
    });
  }

  it("searched text may not hold control characters", () => {
    expect(listRunsQuery.safeParse({ contact: "a\u0000b" }).success).toBe(false);
    expect(listContactsQuery.safeParse({ q: "\u0000" }).success).toBe(false);
    expect(listContactsQuery.parse({ q: "  " }).q).toBeUndefined();
  });
});
