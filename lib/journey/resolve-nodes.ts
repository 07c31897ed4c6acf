import { stepDefinition } from "../steps/registry";
import type { OutputHandle, StepDefinition } from "../steps/step-definition";
import type { JourneyDocument, JourneyNode } from "./document-schema";
import { dottedPath, type ValidationIssue } from "../schemas/validation-issue";

/** A node with its kind, its parsed config (when valid) and its output handles. */
export type ResolvedNode = {
  node: JourneyNode;
  definition: StepDefinition;
  /** The parsed config with defaults applied; undefined when the config is invalid. */
  config: unknown;
  /** Output handles; null when they cannot be known from an invalid config. */
  outputs: OutputHandle[] | null;
  issues: ValidationIssue[];
};

export function resolveNodes(document: JourneyDocument): ResolvedNode[] {
  return document.nodes.map(resolveNode);
}

export function resolveNode(node: JourneyNode): ResolvedNode {
  // The document schema only admits registered types.
  const definition = stepDefinition(node.type)!;
  const parsed = definition.configSchema.safeParse(node.data);
  if (!parsed.success) {
    return {
      node,
      definition,
      config: undefined,
      outputs: bestEffortOutputs(definition, node.data),
      issues: parsed.error.issues.map((issue) => ({
        severity: "error",
        nodeId: node.id,
        path: dottedPath(issue.path),
        code: issue.code,
        message: issue.message,
      })),
    };
  }
  const config = parsed.data;
  const issues = (definition.validate?.(config) ?? []).map((issue) => ({ ...issue, nodeId: node.id }));
  return { node, definition, config, outputs: definition.outputs(config), issues };
}

/**
 * An invalid config with the kind's defaults under it: enough shape for a summary or a
 * form to be drawn while the user fixes it (values stay as typed).
 */
export function bestEffortConfig(definition: StepDefinition, data: Record<string, unknown>): unknown {
  const defaults = definition.defaultConfig();
  return defaults && typeof defaults === "object" ? { ...defaults, ...data } : data;
}

/**
 * An over-long button title must not make every edge of its node look dangling, so the
 * handles of an invalid config are still derived when its shape allows.
 */
function bestEffortOutputs(definition: StepDefinition, data: unknown): OutputHandle[] | null {
  try {
    const outputs = definition.outputs(data);
    return Array.isArray(outputs) && outputs.every((o) => typeof o?.id === "string") ? outputs : null;
  } catch {
    return null;
  }
}
