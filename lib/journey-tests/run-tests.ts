import "server-only";
import type { JourneyDocument } from "../journey/document-schema";
import type { TestRun } from "./api-schemas";
import { runJourneyTests } from "./run-journey-test";
import { testCoverage } from "./test-coverage";

/** A journey's whole test run as the API, the publish gate and the command line report it. */
export async function runTests(document: JourneyDocument): Promise<TestRun> {
  const started = performance.now();
  const results = await runJourneyTests(document);
  const failed = results.filter((r) => !r.passed).length;
  return {
    passed: results.length - failed,
    failed,
    results,
    coverage: testCoverage(document, results.map((r) => r.actual)),
    durationMs: Math.round(performance.now() - started),
  };
}
