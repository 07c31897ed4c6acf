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

describe("generated tests", () => {
  it("reach a reminder's failed path: the customer stayed silent past the timeout and the 24-hour window closed meanwhile", async () => {
    const journey = journeyDocumentSchema.parse({
      schema: "journey/v1",
      name: "Reminder",
      settings: { reentry: "restart", inactivityTimeoutHours: 72, windowFallbackTemplate: null },
      nodes: [
        { id: "trigger", type: "trigger.inbound", position: { x: 0, y: 0 }, data: { match: "exact", keywords: ["hi"] } },
        { id: "ask", type: "message", title: "Ask to book", position: { x: 300, y: 0 }, data: { message: { kind: "buttons", body: "Book a visit?", buttons: [{ id: "yes", title: "Yes please" }] }, wait: { enabled: true, timeoutSeconds: 3600 } } },
        { id: "still", type: "message", position: { x: 600, y: 100 }, data: { message: { kind: "text", text: "Still there?" } } },
        { id: "thanks", type: "end", position: { x: 600, y: 0 }, data: { outcome: "answered" } },
        { id: "gave_up", type: "end", position: { x: 900, y: 100 }, data: { outcome: "silent" } },
        { id: "unreachable", type: "end", position: { x: 900, y: 200 }, data: { outcome: "window_closed" } },
      ],
      edges: [
        { id: "e1", source: "trigger", sourceHandle: "next", target: "ask" },
        { id: "e2", source: "ask", sourceHandle: "option:yes", target: "thanks" },
        { id: "e6", source: "ask", sourceHandle: "other", target: "thanks" },
        { id: "e3", source: "ask", sourceHandle: "timeout", target: "still" },
        { id: "e4", source: "still", sourceHandle: "next", target: "gave_up" },
        { id: "e5", source: "still", sourceHandle: "failed", target: "unreachable" },
      ],
    });
    const tests = await generateTests(journey);
    const results = await runJourneyTests(journey, tests);
    expect(results.every((r) => r.passed)).toBe(true);
    const coverage = testCoverage(journey, results.map((r) => r.actual));
    expect(coverage.uncovered).toEqual([]);
    expect(results.some((r) => r.actual.taken.some((t) => t.nodeId === "still" && t.outcome === "failed"))).toBe(true);
    // Named as a person reads them: steps by their titles, untitled ones by what they are and their id.
    expect(tests.map((t) => t.name)).toContain("“hi” · waits at “Ask to book”");
  });
});
