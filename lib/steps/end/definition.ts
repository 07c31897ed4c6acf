import { z } from "zod";
import { optionalText } from "../shared/fields";
import { defineStep } from "../step-definition";

const configSchema = z.object({ outcome: optionalText("Outcome", 60) });

export type EndConfig = z.infer<typeof configSchema>;

export const endStep = defineStep<EndConfig>({
  type: "end",
  label: "End",
  description: "Finish the run, with an outcome label for reports",
  icon: "flag",
  category: "logic",
  configSchema,
  defaultConfig: () => ({ outcome: undefined }),
  hasInput: true,
  outputs: () => [],
  form: () => [{ type: "text", path: "outcome", label: "Outcome", max: 60, optional: true, placeholder: "booked", help: "A label for reports: how this run ended" }],
  summary: (config) => (config.outcome ? `Outcome: ${config.outcome}` : "End of journey"),
});
