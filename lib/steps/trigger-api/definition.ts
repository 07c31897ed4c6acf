import { z } from "zod";
import { optionalText } from "../shared/fields";
import { defineStep } from "../step-definition";

const configSchema = z.object({ description: optionalText("Description", 500) });

export type ApiTriggerConfig = z.infer<typeof configSchema>;

/** Business-initiated start (POST /api/journeys/:id/runs): open with a template. */
export const apiTriggerStep = defineStep<ApiTriggerConfig>({
  type: "trigger.api",
  label: "API call",
  description: "Starts when your system calls the journey's run endpoint",
  icon: "api",
  category: "triggers",
  configSchema,
  defaultConfig: () => ({ description: undefined }),
  hasInput: false,
  isTrigger: true,
  simulator: { startable: true },
  outputs: () => [{ id: "next", label: "Start" }],
  form: () => [
    { type: "text", path: "description", label: "Description", max: 500, multiline: true, optional: true, help: "Start with POST /api/journeys/:id/runs and { contact: { msisdn }, vars }" },
  ],
  summary: (config) => config.description || "POST /api/journeys/:id/runs",
});
