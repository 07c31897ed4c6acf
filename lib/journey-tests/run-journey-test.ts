import "server-only";
import type { JourneyDocument } from "../journey/document-schema";
import { createPreviewSession } from "../preview/preview-session";
import type { PreviewCommand } from "../preview/preview-schemas";
import { actualRun } from "./actual-run";
import { compareRun, type ActualRun, type TestProblem } from "./compare-run";
import type { JourneyTest } from "../test-format/test-schema";
import { unknownSteps } from "../test-format/test-references";

export type TestResult = { id: string; name: string; passed: boolean; problems: TestProblem[]; actual: ActualRun };

/** Every replay starts on the same Monday, 9 am UTC: a test never depends on when it runs. */
const EPOCH = Date.parse("2026-01-05T09:00:00.000Z");
const DEFAULT_CONTACT = { name: "Test Contact", msisdn: "+15550100999" };

/**
 * Replays a test through the production engine, as the preview runs a draft: the same
 * steps, renderer and limits, HTTP steps answered by the test's mocks (or their saved
 * responses; never the network), and time simulated: each turn a second after the last,
 * and a `wait` jumps to the waiting step's due time, so a 24-hour delay takes none.
 * Nothing touches the database. Each test has a session of its own.
 */
export async function runJourneyTest(document: JourneyDocument, test: JourneyTest): Promise<TestResult> {
  let clock = EPOCH;
  const session = createPreviewSession(
    { journeyId: "test", document, contact: test.contact ?? DEFAULT_CONTACT },
    {
      http: async () => ({ error: "Tests never reach the network: mock this HTTP step in the test" }),
      secrets: async () => ({}),
      now: () => new Date(clock),
      manualTimers: true,
    },
  );
  // A test that names steps the journey does not have cannot say anything true about it.
  const problems: TestProblem[] = unknownSteps(test, new Set(document.nodes.map((n) => n.id))).map((u) => ({ kind: "test", message: u.message }));
  try {
    for (const [nodeId, mock] of Object.entries(test.mocks)) await session.command({ type: "setMock", nodeId, mock });
    for (const [index, turn] of test.turns.entries()) {
      clock += 1000;
      try {
        if (turn.type === "wait") {
          const timer = session.snapshot().timer;
          if (!timer) {
            problems.push({ kind: "turn", index, message: `Turn ${index + 1}: nothing was waiting, so no time could pass` });
            break;
          }
          clock = Math.max(clock, Date.parse(timer.dueAt));
          await session.command({ type: "skipWait" });
        } else {
          await session.command(turn as PreviewCommand);
        }
      } catch (error) {
        problems.push({ kind: "turn", index, message: `Turn ${index + 1}: ${(error as Error).message}` });
        break;
      }
    }
    const actual = actualRun(session.snapshot());
    problems.push(...compareRun(test.expect, actual));
    return { id: test.id, name: test.name, passed: problems.length === 0, problems, actual };
  } finally {
    session.dispose();
  }
}

/** Every test of the document, one after another (each in isolation), in the document's order. */
export async function runJourneyTests(document: JourneyDocument, tests: JourneyTest[] = document.tests ?? []): Promise<TestResult[]> {
  const results: TestResult[] = [];
  for (const test of tests) results.push(await runJourneyTest(document, test));
  return results;
}
