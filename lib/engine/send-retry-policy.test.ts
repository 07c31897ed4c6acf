import { describe, expect, it } from "vitest";
import { sendRetryPolicy } from "./send-retry-policy";

describe("waiting between send attempts", () => {
  it("retries soon while most sends succeed: a failure is that request's bad luck", () => {
    const policy = sendRetryPolicy(() => 1);
    for (let i = 0; i < 50; i++) policy.record(i % 3 === 0);
    expect([1, 2, 3, 4, 10].map((attempt) => policy.delayMs(attempt))).toEqual([250, 500, 1000, 1000, 1000]);
    expect(policy.outage()).toBe(false);
  });

  it("backs off up to 30 s while 8x8 is down, and comes back once sends succeed again", () => {
    const policy = sendRetryPolicy(() => 1);
    for (let i = 0; i < 50; i++) policy.record(true);
    expect(policy.outage()).toBe(true);
    expect([1, 2, 3, 5, 6, 20].map((attempt) => policy.delayMs(attempt))).toEqual([1000, 2000, 4000, 16_000, 30_000, 30_000]);
    for (let i = 0; i < 20; i++) policy.record(false);
    expect(policy.outage()).toBe(false);
  });

  it("honours Retry-After either way", () => {
    const policy = sendRetryPolicy();
    expect(policy.delayMs(7, 1000)).toBe(1000);
  });
});
