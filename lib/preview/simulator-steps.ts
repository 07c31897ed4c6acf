import type { JourneyNode } from "../journey/document-schema";
import { bestEffortConfig, resolveNode } from "../journey/resolve-nodes";
import { stepDefinition } from "../steps/registry";

/** The Flow JSON a node's message opens, if it has one (what the pane renders as a form). */
export function flowJsonOf(node: JourneyNode | undefined): unknown {
  if (!node) return undefined;
  const { definition, config } = resolveNode(node);
  try {
    return definition.simulator?.flowJson?.(config ?? bestEffortConfig(definition, node.data));
  } catch {
    return undefined;
  }
}

export type MockableStep = { id: string; summary: string; saved: { status: number; body: unknown } | null };

/** The step, if the preview can answer its HTTP calls with a mock, with the response saved in it. */
export function mockableStep(node: JourneyNode): MockableStep | null {
  const { definition, config } = resolveNode(node);
  if (!definition.simulator?.mocksHttp) return null;
  const saved = config ? (definition.simulator.savedResponse?.(config) ?? null) : null;
  try {
    return { id: node.id, summary: definition.summary(config ?? bestEffortConfig(definition, node.data)), saved };
  } catch {
    // A half-edited step still gets its mock; its label stands in for the summary.
    return { id: node.id, summary: definition.label, saved };
  }
}

/** Can the preview's Start button begin a run at a step of this kind? */
export function isStartable(kind: string): boolean {
  return stepDefinition(kind)?.simulator?.startable === true;
}
