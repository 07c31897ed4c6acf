import { z } from "zod";
import { duplicates, variableName } from "../shared/fields";
import { nextId } from "../form-field";
import { defineStep } from "../step-definition";

const configSchema = z.object({
  assignments: z
    .array(z.object({ name: variableName(), value: z.string().max(10_000, { error: "A value is at most 10,000 characters" }) }))
    .min(1, { error: "Add at least one variable" })
    .max(50, { error: "At most 50 variables" }),
});

export type SetVariablesConfig = z.infer<typeof configSchema>;

export const setVariablesStep = defineStep<SetVariablesConfig>({
  type: "setVariables",
  label: "Set variables",
  description: "Store values under vars for later steps",
  icon: "variable",
  category: "logic",
  configSchema,
  defaultConfig: () => ({ assignments: [{ name: "status", value: "new" }] }),
  hasInput: true,
  outputs: () => [{ id: "next", label: "Next" }],
  form: () => [
    {
      type: "list",
      path: "assignments",
      label: "Variables",
      itemLabel: "variable",
      min: 1,
      max: 50,
      newItem: (items) => ({ name: nextId("var", (items as Array<{ name: string }>).map((a) => a.name)), value: "" }),
      title: (a) => `vars.${(a as { name: string }).name}`,
      fields: () => [
        { type: "text", path: "name", label: "Name", mono: true, max: 64 },
        { type: "text", path: "value", label: "Value", template: true, max: 10_000 },
      ],
    },
  ],
  summary: (config) => config.assignments.map((a) => `${a.name} = ${a.value}`).join(", "),
  validate: (config) =>
    duplicates(config.assignments, (a) => a.name).map((i) => ({
      severity: "warning" as const,
      path: `assignments.${i}.name`,
      code: "duplicate_variable",
      message: `vars.${config.assignments[i].name} is set twice; the last value wins`,
    })),
  templateFields: (config) => config.assignments.map((a, i) => ({ path: `assignments.${i}.value`, value: a.value })),
  writesVars: (config) => config.assignments.map((a) => a.name),
});
