import "server-only";
import type { JourneyDocument } from "../journey/document-schema";
import { resolveNodes } from "../journey/resolve-nodes";
import type { StepDefinition } from "../steps/step-definition";
import type { StepExecutor } from "../steps/step-executor";
import { stepExecutors } from "../steps/registry.server";

export type CompiledNode = { id: string; type: string; definition: StepDefinition; executor: StepExecutor; config: unknown };

export type CompiledJourney = {
  document: JourneyDocument;
  nodes: Map<string, CompiledNode>;
  /** The node an output leads to: `target(nodeId, handle)`. */
  target(nodeId: string, handle: string): string | undefined;
  triggers: CompiledNode[];
};

/**
 * A published version ready to run: every config parsed once (defaults applied), edges
 * indexed. Versions are immutable, so callers cache this by version id.
 */
export function compileJourney(document: JourneyDocument): CompiledJourney {
  const nodes = new Map<string, CompiledNode>();
  for (const resolved of resolveNodes(document)) {
    if (resolved.config === undefined) continue;
    nodes.set(resolved.node.id, {
      id: resolved.node.id,
      type: resolved.node.type,
      definition: resolved.definition,
      executor: stepExecutors[resolved.node.type],
      config: resolved.config,
    });
  }
  const edges = new Map<string, string>();
  for (const edge of document.edges) edges.set(`${edge.source}\u0000${edge.sourceHandle}`, edge.target);
  return {
    document,
    nodes,
    target: (nodeId, handle) => edges.get(`${nodeId}\u0000${handle}`),
    triggers: [...nodes.values()].filter((n) => n.definition.isTrigger),
  };
}
