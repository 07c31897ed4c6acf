import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";

describe("the log", () => {
  it("writes one JSON line per event at or above LOG_LEVEL, naming the instance and thread", () => {
    const lines: string[] = [];
    const log = createLogger({ LOG_LEVEL: "warn", INSTANCE_ID: "web-2" }, { write: (line: string) => void lines.push(line) });
    log.info({ run: "r1" }, "a run started");
    log.warn({ reason: "unauthorized", channel: "default" }, "webhook refused");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ level: "warn", instance: "web-2", thread: "request", reason: "unauthorized", channel: "default", msg: "webhook refused" });
    expect(JSON.parse(lines[0]).time).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});
