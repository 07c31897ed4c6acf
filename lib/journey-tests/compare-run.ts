import { sameJson } from "../json/canonical-json";
import type { JourneyTest } from "../test-format/test-schema";

/** What a replayed test did: what the journey sent, where it went, where it ended. */
export type ActualRun = {
  messages: Array<{ nodeId: string; type: string; content: unknown; text: string }>;
  /** Steps in the order they ran, a waiting step once. */
  path: string[];
  /** Every output a step left by (handle ids, and engine outcomes such as "waiting"). */
  taken: Array<{ nodeId: string; outcome: string }>;
  vars: Record<string, unknown>;
  status: string | null;
  outcome: string | null;
  /** Where the run waits or sleeps at the end, if it does. */
  at: string | null;
};

export type TestProblem = {
  kind: "message" | "path" | "var" | "status" | "turn" | "test";
  message: string;
  /** The message's or turn's position, from 0. */
  index?: number;
  expected?: unknown;
  actual?: unknown;
};

/**
 * A value without what differs on every run by nature: a saved reply's umid (8x8's id of
 * the message) and the time it arrived. A test compares what the customer said, not when.
 */
export function steady(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(steady);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== "umid" && key !== "receivedAt").map(([key, v]) => [key, steady(v)]));
}

/** Every way the run differs from what the test expects, each with both sides for the diff. */
export function compareRun(expected: JourneyTest["expect"], actual: ActualRun): TestProblem[] {
  const problems: TestProblem[] = [];
  const count = Math.max(expected.messages.length, actual.messages.length);
  for (let index = 0; index < count; index++) {
    const want = expected.messages[index];
    const got = actual.messages[index];
    const n = index + 1;
    if (!got) problems.push({ kind: "message", index, message: `Message ${n} (${want.type}) was not sent`, expected: want.content ?? want.text ?? want.type });
    else if (!want) problems.push({ kind: "message", index, message: `Message ${n} was not expected: ${got.text || got.type}`, actual: got.content });
    else if (want.nodeId && want.nodeId !== got.nodeId) problems.push({ kind: "message", index, message: `Message ${n} came from step “${got.nodeId}”, not “${want.nodeId}”`, expected: want.nodeId, actual: got.nodeId });
    else if (want.type !== got.type) problems.push({ kind: "message", index, message: `Message ${n} is ${got.type}, not ${want.type}`, expected: want.content, actual: got.content });
    else if (want.match === "exact" && !sameJson(want.content, got.content)) problems.push({ kind: "message", index, message: `Message ${n} differs`, expected: want.content, actual: got.content });
    else if (want.match === "contains" && !got.text.includes(want.text ?? "")) problems.push({ kind: "message", index, message: `Message ${n} does not contain “${want.text}”`, expected: want.text, actual: got.text });
  }
  if (expected.path && !sameJson(expected.path, actual.path)) {
    problems.push({ kind: "path", message: "It went another way through the journey", expected: expected.path, actual: actual.path });
  }
  for (const [name, value] of Object.entries(expected.vars)) {
    if (!sameJson(steady(value), steady(actual.vars[name]))) problems.push({ kind: "var", message: `vars.${name} is not what was expected`, expected: value, actual: actual.vars[name] ?? null });
  }
  if (expected.status !== undefined && expected.status !== actual.status) {
    problems.push({ kind: "status", message: `The run ended ${actual.status ?? "without starting"}, not ${expected.status}`, expected: expected.status, actual: actual.status });
  }
  if (expected.outcome !== undefined && expected.outcome !== actual.outcome) {
    problems.push({ kind: "status", message: `The outcome is ${actual.outcome ?? "none"}, not ${expected.outcome ?? "none"}`, expected: expected.outcome, actual: actual.outcome });
  }
  return problems;
}
