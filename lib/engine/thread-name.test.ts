import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nameThisThread } from "./thread-name";

describe.runIf(process.platform === "linux")("nameThisThread", () => {
  it("names the calling thread as ps -L and top -H show it", () => {
    const before = readFileSync("/proc/thread-self/comm", "latin1").trim();
    try {
      nameThisThread("journey-test");
      expect(readFileSync("/proc/thread-self/comm", "latin1").trim()).toBe("journey-test");
    } finally {
      nameThisThread(before);
    }
  });
});
