import { describe, expect, it } from "vitest";
import { failureLimiter } from "./rate-limit";

describe("failureLimiter", () => {
  it("lets max failures through, then makes the key wait for the window's end", () => {
    const limiter = failureLimiter({ max: 3, windowMs: 60_000 });
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter("ann", 1_000)).toBe(0);
      limiter.fail("ann", 1_000);
    }
    expect(limiter.retryAfter("ann", 1_000)).toBe(60);
    expect(limiter.retryAfter("bob", 1_000)).toBe(0);
    expect(limiter.retryAfter("ann", 61_000)).toBe(0);
  });

  it("forgets a key on success and never holds more than maxKeys", () => {
    const limiter = failureLimiter({ max: 1, windowMs: 60_000, maxKeys: 2 });
    limiter.fail("a", 0);
    limiter.reset("a");
    expect(limiter.retryAfter("a", 0)).toBe(0);
    limiter.fail("a", 0);
    limiter.fail("b", 0);
    limiter.fail("c", 0);
    expect(limiter.retryAfter("a", 0)).toBe(0);
    expect(limiter.retryAfter("c", 0)).toBe(60);
  });
});
