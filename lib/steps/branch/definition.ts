import { z } from "zod";
import { duplicates, optionId, optionalText, requiredText } from "../shared/fields";
import { defineStep, type StepIssue } from "../step-definition";
import { BRANCH_OPERATOR_NAMES, BRANCH_OPERATORS } from "./operators";

const comparison = z.object({
  left: requiredText("Left value"),
  op: z.enum(BRANCH_OPERATOR_NAMES, { error: `Operator must be one of ${BRANCH_OPERATOR_NAMES.join(", ")}` }),
  right: z.string().optional(),
  ignoreCase: z.boolean().optional(),
});

const condition = z.object({
  id: optionId("Condition id", 64),
  label: optionalText("Label", 40),
  all: z.array(comparison).min(1, { error: "A condition needs at least one comparison" }),
});

const configSchema = z.object({
  conditions: z.array(condition).min(1, { error: "Add at least one condition" }).max(20, { error: "At most 20 conditions" }),
});

export type BranchConfig = z.infer<typeof configSchema>;

export const branchStep = defineStep<BranchConfig>({
  type: "branch",
  label: "Branch",
  description: "Take the first path whose condition holds, else the last",
  icon: "branch",
  category: "logic",
  configSchema,
  defaultConfig: () => ({
    conditions: [{ id: "c1", label: "Yes", all: [{ left: "{{ reply.text }}", op: "equals", right: "yes", ignoreCase: true }] }],
  }),
  hasInput: true,
  outputs: (config) => [
    ...config.conditions.map((c) => ({ id: c.id, label: c.label || describe(c.all[0]) || c.id })),
    { id: "else", label: "Else" },
  ],
  summary: (config) => config.conditions.map((c) => c.label || describe(c.all[0])).join(" · "),
  validate(config) {
    const issues: StepIssue[] = [];
    for (const i of duplicates(config.conditions, (c) => c.id)) {
      issues.push({ severity: "error", path: `conditions.${i}.id`, code: "duplicate_option", message: `Condition id "${config.conditions[i].id}" is used twice` });
    }
    config.conditions.forEach((c, ci) => {
      if (c.id === "else") issues.push({ severity: "error", path: `conditions.${ci}.id`, code: "reserved_id", message: `"else" is the fallback path's name` });
      c.all.forEach((cmp, i) => {
        const path = `conditions.${ci}.all.${i}.right`;
        if (!BRANCH_OPERATORS[cmp.op].unary && !cmp.right?.length) {
          issues.push({ severity: "error", path, code: "required", message: "This comparison needs a value to compare with" });
        }
        if (cmp.op === "matches" && cmp.right && !cmp.right.includes("{{")) {
          try {
            new RegExp(cmp.right);
          } catch (error) {
            issues.push({ severity: "error", path, code: "invalid_regex", message: `Not a valid regular expression: ${(error as Error).message}` });
          }
        }
      });
    });
    return issues;
  },
  templateFields: (config) =>
    config.conditions.flatMap((c, ci) =>
      c.all.flatMap((cmp, i) => [
        { path: `conditions.${ci}.all.${i}.left`, value: cmp.left },
        ...(cmp.right ? [{ path: `conditions.${ci}.all.${i}.right`, value: cmp.right }] : []),
      ]),
    ),
});

function describe(cmp: BranchConfig["conditions"][number]["all"][number] | undefined) {
  if (!cmp) return "";
  const op = BRANCH_OPERATORS[cmp.op];
  return op.unary ? `${cmp.left} ${op.label}` : `${cmp.left} ${op.label} ${cmp.right ?? ""}`.trim();
}
