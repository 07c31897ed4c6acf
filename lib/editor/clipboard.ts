import { z } from "zod";
import { journeyEdgeSchema, journeyNodeSchema } from "../journey/document-schema";
import { parseBoundedJson } from "../json/bounded-json";
import type { Fragment } from "./graph-edits";

const FORMAT = "journey-studio/steps-v1";

const clipboardSchema = z.object({
  format: z.literal(FORMAT),
  nodes: z.array(journeyNodeSchema).min(1).max(5000),
  edges: z.array(journeyEdgeSchema).max(20000),
});

/** Copied steps as clipboard text: plain JSON, so they paste into another journey or tab. */
export function fragmentToText(fragment: Fragment): string {
  return JSON.stringify({ format: FORMAT, ...fragment }, null, 2);
}

/** The steps in pasted text, or null when the text is something else. */
export function fragmentFromText(text: string): Fragment | null {
  let value: unknown;
  try {
    // Bounded like every JSON the app takes in: a pasted depth bomb would otherwise
    // overflow the stack when the draft is next saved.
    value = parseBoundedJson(text);
  } catch {
    return null;
  }
  const parsed = clipboardSchema.safeParse(value);
  return parsed.success ? { nodes: parsed.data.nodes, edges: parsed.data.edges } : null;
}
