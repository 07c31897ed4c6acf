/**
 * Runs journeys' conversation tests from a command line, for CI:
 *   npm run test:journeys -- booking.journey.json other.journey.json
 *   npm run test:journeys -- --app https://journeys.example.com [--token <API token>] [--journey <id>]
 * Files are run here, through the same engine; with --app, the running app runs each
 * journey's saved draft (POST /api/journeys/:id/tests/run; APP_API_TOKEN or --token).
 * Prints each test and the coverage; exits 1 when any test fails, 2 on bad input.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseJourneyDocument } from "../../lib/journey/parse-document";
import type { TestRun } from "../../lib/journey-tests/api-schemas";
import { runTests } from "../../lib/journey-tests/run-tests";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { app: { type: "string" }, token: { type: "string" }, journey: { type: "string", multiple: true } },
});

const runs: Array<{ name: string; run: TestRun }> = [];
try {
  if (values.app) runs.push(...(await fromApp(values.app, values.token ?? process.env.APP_API_TOKEN, values.journey)));
  for (const file of positionals) {
    const parsed = parseJourneyDocument(JSON.parse(readFileSync(file, "utf8")));
    if (!parsed.ok) throw new Error(`${file} is not a journey/v1 document: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
    runs.push({ name: `${parsed.document.name} (${file})`, run: await runTests(parsed.document) });
  }
  if (!values.app && !positionals.length) throw new Error("Give journey files, or --app <url> for a running app's journeys");
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

let failed = 0;
for (const { name, run } of runs) {
  if (!run.results.length) continue;
  console.log(`\n${name}: ${run.passed} passed, ${run.failed} failed in ${run.durationMs} ms`);
  for (const result of run.results) {
    console.log(`  ${result.passed ? "✓" : "✗"} ${result.name}`);
    for (const problem of result.problems) {
      console.log(`      ${problem.message}`);
      if (problem.expected !== undefined) console.log(`        expected ${JSON.stringify(problem.expected)}`);
      if (problem.actual !== undefined) console.log(`        actual   ${JSON.stringify(problem.actual)}`);
    }
  }
  const { steps, handles, uncovered } = run.coverage;
  console.log(`  coverage: ${steps.covered}/${steps.total} steps, ${handles.covered}/${handles.total} outputs${uncovered.length ? `; never taken: ${uncovered.map((u) => `${u.nodeId}.${u.handle}`).join(", ")}` : ""}`);
  failed += run.failed;
}
const total = runs.reduce((n, r) => n + r.run.results.length, 0);
console.log(`\n${total - failed} passed, ${failed} failed (${runs.filter((r) => r.run.results.length).length} journeys with tests)`);
process.exit(failed ? 1 : 0);

async function fromApp(base: string, token: string | undefined, only: string[] | undefined) {
  if (!token) throw new Error("--app needs an API token: --token, or APP_API_TOKEN");
  const call = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const response = await fetch(new URL(path, base), { ...init, headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" } });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const { journeys } = await call<{ journeys: Array<{ id: string; name: string }> }>("/api/journeys");
  const chosen = only?.length ? journeys.filter((j) => only.includes(j.id)) : journeys;
  const runs = [];
  for (const journey of chosen) runs.push({ name: journey.name, run: await call<TestRun>(`/api/journeys/${journey.id}/tests/run`, { method: "POST", body: "{}" }) });
  return runs;
}
