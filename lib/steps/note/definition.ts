import { z } from "zod";
import { defineStep } from "../step-definition";

const configSchema = z.object({
  text: z.string().max(5000, { error: "A note is at most 5,000 characters" }).default(""),
  color: z.enum(["yellow", "blue", "green", "pink"]).default("yellow"),
});

export type NoteConfig = z.infer<typeof configSchema>;

/** A sticky note on the canvas: never executed, never connected. */
export const noteStep = defineStep<NoteConfig>({
  type: "note",
  label: "Sticky note",
  description: "A comment for whoever edits the journey next",
  icon: "note",
  category: "annotations",
  configSchema,
  defaultConfig: () => ({ text: "", color: "yellow" }),
  hasInput: false,
  outputs: () => [],
  form: () => [
    { type: "text", path: "text", label: "Note", multiline: true, max: 5000 },
    { type: "select", path: "color", label: "Colour", options: ["yellow", "blue", "green", "pink"].map((c) => ({ value: c, label: c[0].toUpperCase() + c.slice(1) })) },
  ],
  summary: (config) => config.text,
});
