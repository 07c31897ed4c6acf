import type { StepDefinition } from "./step-definition";
import { branchStep } from "./branch/definition";
import { delayStep } from "./delay/definition";
import { handoffStep } from "./handoff/definition";
import { endStep } from "./end/definition";
import { httpRequestStep } from "./http-request/definition";
import { messageStep } from "./message/definition";
import { noteStep } from "./note/definition";
import { setVariablesStep } from "./set-variables/definition";
import { apiTriggerStep } from "./trigger-api/definition";
import { inboundTriggerStep } from "./trigger-inbound/definition";
import { waitForReplyStep } from "./wait-for-reply/definition";

/**
 * The isomorphic list of step kinds. The document schema, the validator, the palette, the
 * canvas and the inspector forms all derive from it; the engine keeps its registry of
 * executors keyed by the same `type` (registry.server.ts).
 */
export const stepDefinitions = [
  inboundTriggerStep,
  apiTriggerStep,
  messageStep,
  waitForReplyStep,
  branchStep,
  delayStep,
  setVariablesStep,
  httpRequestStep,
  handoffStep,
  endStep,
  noteStep,
] as unknown as readonly StepDefinition[];

export const STEP_TYPES = stepDefinitions.map((d) => d.type) as [string, ...string[]];

const byType = new Map(stepDefinitions.map((d) => [d.type, d]));

export function stepDefinition(type: string): StepDefinition | undefined {
  return byType.get(type);
}

/**
 * Every handle id a kind gives an error output (tone "error": a message's `failed`, an HTTP
 * request's `error`): a run that left a step by one went on along an error path. SQL that
 * asks this of the step log lists them; the ids are plain words.
 */
export const ERROR_HANDLES: readonly string[] = [
  ...new Set(stepDefinitions.flatMap((d) => d.outputs(d.defaultConfig() as never).filter((o) => o.tone === "error").map((o) => o.id))),
];

/** ERROR_HANDLES as an SQL list: `('failed', 'error')`. */
export const ERROR_HANDLES_SQL = `(${ERROR_HANDLES.map((id) => `'${id.replace(/'/g, "''")}'`).join(", ")})`;
