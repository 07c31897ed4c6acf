import { z } from "zod";
import { duplicates, optionId, optionalText, requiredText } from "../shared/fields";
import { nextId } from "../form-field";
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
  // Replies that would take each condition: the right-hand text of one that reads a reply.
  testInputs: (config) => [
    ...config.conditions.flatMap((c) => {
      const first = c.all[0];
      const typed = first && /reply|vars\./.test(first.left) && ["equals", "contains", "startsWith", "endsWith"].includes(first.op) && first.right;
      return typed ? [{ handle: c.id, turn: { type: "send" as const, reply: { type: "text" as const, text: first.right! } } }] : [];
    }),
    { handle: "else", turn: { type: "send", reply: { type: "text", text: "Something else" } } },
  ],
  outputs: (config) => [
    ...config.conditions.map((c) => ({ id: c.id, label: c.label || describe(c.all[0]) || c.id })),
    { id: "else", label: "Else" },
  ],
  form: () => [
    {
      type: "list",
      path: "conditions",
      label: "Paths",
      itemLabel: "path",
      min: 1,
      max: 20,
      help: "The first path whose comparisons all hold is taken; otherwise Else",
      newItem: (items) => ({
        id: nextId("c", (items as Array<{ id: string }>).map((c) => c.id)),
        label: undefined,
        all: [{ left: "{{ reply.text }}", op: "equals", right: "", ignoreCase: true }],
      }),
      title: (item, i) => (item as { label?: string }).label || `Path ${i + 1}`,
      fields: () => [
        { type: "text", path: "label", label: "Label", max: 40, optional: true, help: "Shown on the output" },
        { type: "text", path: "id", label: "Id", max: 64, mono: true },
        {
          type: "list",
          path: "all",
          label: "All of",
          itemLabel: "comparison",
          min: 1,
          newItem: () => ({ left: "{{ reply.text }}", op: "equals", right: "" }),
          title: (cmp) => describe(cmp as Comparison),
          fields: (cmp) => [
            { type: "text", path: "left", label: "Value", template: true, mono: true },
            { type: "select", path: "op", label: "Operator", options: BRANCH_OPERATOR_NAMES.map((op) => ({ value: op, label: BRANCH_OPERATORS[op].label })) },
            ...(BRANCH_OPERATORS[(cmp as Comparison).op]?.unary
              ? []
              : [
                  { type: "text" as const, path: "right", label: (cmp as Comparison).op === "in" ? "One of (comma-separated)" : "Compared with", template: true, optional: true },
                  { type: "toggle" as const, path: "ignoreCase", label: "Ignore case" },
                ]),
          ],
        },
      ],
    },
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

type Comparison = BranchConfig["conditions"][number]["all"][number];

function describe(cmp: Comparison | undefined) {
  if (!cmp) return "";
  const op = BRANCH_OPERATORS[cmp.op];
  return op.unary ? `${cmp.left} ${op.label}` : `${cmp.left} ${op.label} ${cmp.right ?? ""}`.trim();
}
