import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const probes: string[] = [];

/** Writes a file where a new contributor would, and runs the rules on it as `npm run lint:deps` does. */
function lint(file: string, source: string) {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, source);
  probes.push(path.dirname(full));
  const result = spawnSync(path.join(root, "node_modules/.bin/depcruise"), ["--config", ".dependency-cruiser.cjs", "--output-type", "err-long", file], { cwd: root, encoding: "utf8" });
  return { failed: result.status !== 0, output: result.stdout + result.stderr };
}

afterAll(() => {
  for (const dir of probes) rmSync(dir, { recursive: true, force: true });
});

describe("the import rules", () => {
  it("refuse a step definition that imports the engine, naming the rule and what to do", () => {
    const { failed, output } = lint("lib/steps/zz-probe/definition.ts", `import { advance } from "../../engine/advance";\nexport const probe = advance;\n`);
    expect(failed).toBe(true);
    expect(output).toContain("error model-not-upwards: lib/steps/zz-probe/definition.ts → lib/engine/advance.ts");
    expect(output).toContain("hand it in as a dependency");
  });

  it("let the same kind's executor import the runtime's contract", () => {
    const { failed, output } = lint("lib/steps/zz-probe-executor/executor.ts", `import "server-only";\nimport { defineExecutor } from "../step-executor";\nexport const probe = defineExecutor;\n`);
    expect(output).not.toContain("error");
    expect(failed).toBe(false);
  });

  it("refuse browser code that imports a server store, and a service that answers in HTTP", () => {
    const client = lint("components/zz-probe/probe.tsx", `import { journeyStore } from "@/lib/journeys/journey-store";\nexport const probe = journeyStore;\n`);
    expect(client.output).toContain("error client-not-to-server-only: components/zz-probe/probe.tsx → lib/journeys/journey-store.ts");
    const service = lint("lib/journeys/zz-probe/probe.ts", `import { ApiError } from "../../api/api-error";\nexport const probe = ApiError;\n`);
    expect(service.output).toContain("error services-not-upwards: lib/journeys/zz-probe/probe.ts → lib/api/api-error.ts");
  });

  it("refuse the model reaching the database", () => {
    const { output } = lint("lib/journey/zz-probe/probe.ts", `import { getDb } from "../../db/client";\nexport const probe = getDb;\n`);
    expect(output).toContain("error model-is-pure: lib/journey/zz-probe/probe.ts → lib/db/client.ts");
  });
});
