import type { JourneyTest } from "./test-schema";

/** A place in a test that names a step, and the document path to it from the test. */
export type UnknownStep = { path: string; nodeId: string; message: string };

/**
 * The step ids a test names that the journey does not have: a mock, an expected message's
 * step, the expected path, a turn that starts at a step. Left alone, a mock for a deleted
 * step is never used (the test passes on the saved response) and a message expected from
 * a deleted step matches any step's.
 */
export function unknownSteps(test: JourneyTest, nodeIds: ReadonlySet<string>): UnknownStep[] {
  const unknown: UnknownStep[] = [];
  const check = (path: string, nodeId: string | undefined, what: string) => {
    if (nodeId !== undefined && !nodeIds.has(nodeId)) unknown.push({ path, nodeId, message: `${what} names the step “${nodeId}”, which the journey does not have` });
  };
  for (const nodeId of Object.keys(test.mocks)) check(`mocks.${nodeId}`, nodeId, "The HTTP mock");
  test.turns.forEach((turn, i) => turn.type === "start" && check(`turns.${i}.nodeId`, turn.nodeId, `Turn ${i + 1}`));
  test.expect.messages.forEach((message, i) => check(`expect.messages.${i}.nodeId`, message.nodeId, `Expected message ${i + 1}`));
  test.expect.path?.forEach((nodeId, i) => check(`expect.path.${i}`, nodeId, "The expected path"));
  return unknown;
}
