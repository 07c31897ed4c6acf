import type { OutputHandle } from "../steps/step-definition";
import type { JourneyNode } from "./document-schema";
import { bestEffortConfig, resolveNode } from "./resolve-nodes";

export type NodeDescription = {
  id: string;
  type: string;
  icon: string;
  /** The step's own title, else what its kind says it does: how lists and the canvas name it. */
  name: string;
  /** The step kind's label. */
  title: string;
  subtitle: string | null;
  summary: string;
  category: string;
  hasInput: boolean;
  outputs: OutputHandle[];
};

/** What a node looks like in lists and on the canvas, derived from its kind. */
export function describeNode(node: JourneyNode): NodeDescription {
  const { definition, config, outputs } = resolveNode(node);
  const shown = config ?? bestEffortConfig(definition, node.data);
  const appearance = attempt(() => definition.appearance?.(shown));
  return {
    id: node.id,
    type: node.type,
    icon: appearance?.icon ?? definition.icon,
    name: node.title || appearance?.subtitle || definition.label,
    title: definition.label,
    subtitle: appearance?.subtitle ?? null,
    summary: attempt(() => definition.summary(shown)) ?? "This step's settings need attention",
    category: definition.category,
    hasInput: definition.hasInput,
    outputs: outputs ?? [],
  };
}

/** A half-edited config may still break a summary; the node then says so instead. */
function attempt<T>(draw: () => T): T | undefined {
  try {
    return draw();
  } catch {
    return undefined;
  }
}
