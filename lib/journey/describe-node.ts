import type { OutputHandle } from "../steps/step-definition";
import type { JourneyNode } from "./document-schema";
import { resolveNode } from "./resolve-nodes";

export type NodeDescription = {
  id: string;
  type: string;
  icon: string;
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
  const appearance = config !== undefined ? definition.appearance?.(config) : undefined;
  return {
    id: node.id,
    type: node.type,
    icon: appearance?.icon ?? definition.icon,
    title: definition.label,
    subtitle: appearance?.subtitle ?? null,
    summary: config !== undefined ? definition.summary(config) : "This step's settings need attention",
    category: definition.category,
    hasInput: definition.hasInput,
    outputs: outputs ?? [],
  };
}
