import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./format-date";

describe("dates, one format everywhere", () => {
  it("reads the same moment the same way, in UTC", () => {
    expect(formatDate("2026-12-06T23:30:00.000Z")).toBe("6 Dec 2026");
    expect(formatDateTime(new Date("2026-12-06T09:05:59.000Z"))).toBe("6 Dec 2026, 09:05 UTC");
  });
});
