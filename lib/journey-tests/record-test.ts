import type { PreviewSnapshot } from "../preview/preview-schemas";
import { actualRun } from "./actual-run";
import { steady, type ActualRun } from "./compare-run";
import type { JourneyTest, TestTurn } from "../test-format/test-schema";

/**
 * A preview conversation saved as a test: the turns it took, the mocks it used, and as
 * expectations what it did: each message exactly, the path, the end, and the variables.
 */
export function recordTest(snapshot: PreviewSnapshot, turns: TestTurn[], name: string, id: string): JourneyTest {
  const mocks = Object.fromEntries(Object.entries(snapshot.mocks).filter(([, mock]) => mock !== "real")) as JourneyTest["mocks"];
  return { id, name, contact: snapshot.contact, mocks, turns, expect: expectationsOf(actualRun(snapshot)) };
}

/** What a run did, as what a test expects of it from now on. */
export function expectationsOf(actual: ActualRun): JourneyTest["expect"] {
  return {
    messages: actual.messages.map((m) => ({ match: "exact" as const, type: m.type, nodeId: m.nodeId, content: m.content })),
    path: actual.path,
    vars: steady(actual.vars) as Record<string, unknown>,
    status: actual.status ?? undefined,
    outcome: actual.outcome,
  };
}
