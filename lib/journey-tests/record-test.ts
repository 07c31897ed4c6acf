import type { PreviewSnapshot } from "../preview/preview-schemas";
import { actualRun } from "./actual-run";
import type { JourneyTest, TestTurn } from "./test-schema";

/**
 * A preview conversation saved as a test: the turns it took, the mocks it used, and as
 * expectations what it did: each message exactly, the path, the end, and the variables.
 */
export function recordTest(snapshot: PreviewSnapshot, turns: TestTurn[], name: string, id: string): JourneyTest {
  const actual = actualRun(snapshot);
  const mocks = Object.fromEntries(Object.entries(snapshot.mocks).filter(([, mock]) => mock !== "real")) as JourneyTest["mocks"];
  return {
    id,
    name,
    contact: snapshot.contact,
    mocks,
    turns,
    expect: {
      messages: actual.messages.map((m) => ({ match: "exact" as const, type: m.type, nodeId: m.nodeId, content: m.content })),
      path: actual.path,
      vars: actual.vars,
      status: actual.status ?? undefined,
      outcome: actual.outcome,
    },
  };
}
