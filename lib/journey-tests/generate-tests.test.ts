import { describe, expect, it } from "vitest";
import { journeyDocumentSchema } from "../journey/document-schema";
import { sampleJourneys } from "../journey/samples";
import { generateTests } from "./generate-tests";
import { runJourneyTests } from "./run-journey-test";
import { testCoverage } from "./test-coverage";

describe("tests of the samples", () => {
  for (const sample of sampleJourneys as Array<{ name: string }>) {
    const document = () => journeyDocumentSchema.parse(structuredClone(sample));

    it(`${sample.name} ships with tests that pass and take every output of every step`, async () => {
      const journey = document();
      expect(journey.tests?.length).toBeGreaterThan(0);
      const results = await runJourneyTests(journey);
      expect(results.filter((r) => !r.passed).map((r) => [r.name, r.problems])).toEqual([]);
      const coverage = testCoverage(journey, results.map((r) => r.actual));
      expect(coverage.uncovered).toEqual([]);
      expect(coverage.steps.covered).toBe(coverage.steps.total);
    });

    it(`${sample.name}: generating them again gives the same tests`, async () => {
      const journey = document();
      expect(await generateTests({ ...journey, tests: [] })).toEqual(journey.tests);
    });
  }
});
