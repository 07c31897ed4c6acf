import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const cli = (...args: string[]) =>
  run("npx", ["tsx", "--conditions=react-server", "scripts/journeys/test-journeys.ts", ...args], { cwd: root }).then(
    (r) => ({ code: 0, out: r.stdout }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );

describe("npm run test:journeys", () => {
  it("passes on journeys whose tests pass, and exits 1 naming what a failing test got", async () => {
    const sample = path.join(root, "lib/journey/samples/nps-feedback.json");
    const ok = await cli(sample);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain("18 passed, 0 failed (1 journeys with tests)");
    expect(ok.out).toMatch(/coverage: (\d+)\/\1 steps, (\d+)\/\2 outputs/);

    const broken = JSON.parse(readFileSync(sample, "utf8"));
    const ask = broken.nodes.find((n: { id: string }) => n.id === "ask");
    ask.data.message.body = "How was it?";
    const file = path.join(mkdtempSync(path.join(tmpdir(), "journey-tests-")), "broken.journey.json");
    writeFileSync(file, JSON.stringify(broken));
    const failed = await cli(file);
    expect(failed.code).toBe(1);
    expect(failed.out).toContain("✗");
    expect(failed.out).toContain("Message 1 differs");
    expect(failed.out).toContain("How was it?");
  }, 60_000);

  it("exits 2 on a file that is not a journey, and without arguments", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "journey-tests-")), "nope.json");
    writeFileSync(file, JSON.stringify({ schema: "journey/v0" }));
    expect(await cli(file)).toMatchObject({ code: 2, out: expect.stringContaining("is not a journey/v1 document") });
    expect(await cli()).toMatchObject({ code: 2, out: expect.stringContaining("Give journey files") });
  }, 60_000);
});
