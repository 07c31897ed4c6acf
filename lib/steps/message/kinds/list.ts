import { z } from "zod";
import { duplicates, optionId, optionalText, requiredText } from "../../shared/fields";
import type { StepIssue } from "../../step-definition";
import { defineMessageKind, fields } from "../message-kind";
import { frameContent, frameFields, interactiveFrame } from "./interactive-frame";

export const MAX_LIST_ROWS = 10;

const row = z.object({
  id: optionId("Row id", 200),
  title: requiredText("Row title", 24),
  description: optionalText("Row description", 72),
});

const section = z.object({
  title: optionalText("Section title", 24),
  rows: z.array(row).min(1, { error: "A section needs at least one row" }),
});

/** Rows built at run time from an array in the run (e.g. slots from an HTTP call). */
const dynamicRows = z.object({
  from: z
    .string()
    .regex(/^(vars|trigger|reply|contact)(\.[A-Za-z0-9_]+)+$/, { error: "Pick an array, e.g. vars.slots.body.slots" }),
  id: requiredText("Row id template"),
  title: requiredText("Row title template"),
  description: optionalText("Row description template"),
});

export const listMessage = defineMessageKind({
  kind: "list",
  label: "List",
  description: "A menu of up to 10 rows in sections, static or built from data",
  icon: "list",
  schema: z.object({
    kind: z.literal("list"),
    ...interactiveFrame,
    button: requiredText("List button", 20),
    sections: z.array(section).max(10, { error: "WhatsApp allows at most 10 sections" }).optional(),
    dynamic: dynamicRows.optional(),
  }),
  defaults: () => ({
    kind: "list" as const,
    header: undefined,
    body: "Choose an option",
    footer: undefined,
    button: "View options",
    sections: [{ title: undefined, rows: [{ id: "option_1", title: "Option 1", description: undefined }] }],
    dynamic: undefined,
  }),
  freeForm: true,
  canWait: true,
  options: (m) => (m.dynamic ? [] : (m.sections ?? []).flatMap((s) => s.rows.map((r) => ({ id: r.id, label: r.title })))),
  selects: (m) => Boolean(m.dynamic),
  summary: (m) => m.body,
  validate(m) {
    const issues: StepIssue[] = [];
    const error = (path: string, code: string, message: string) => issues.push({ severity: "error", path, code, message });
    const sections = m.sections ?? [];
    if (m.dynamic && sections.length) error("dynamic", "list_source", "Use either static sections or dynamic rows, not both");
    if (!m.dynamic && !sections.length) error("sections", "required", "Add at least one section with a row");
    if (sections.length > 1) {
      sections.forEach((s, i) => {
        if (!s.title) error(`sections.${i}.title`, "required", "Each section needs a title when there is more than one");
      });
    }
    const rows = sections.flatMap((s, si) => s.rows.map((r, ri) => ({ ...r, path: `sections.${si}.rows.${ri}` })));
    if (rows.length > MAX_LIST_ROWS) error("sections", "too_many_rows", `The list has ${rows.length} rows; WhatsApp allows ${MAX_LIST_ROWS} in all`);
    for (const i of duplicates(rows, (r) => r.id)) error(`${rows[i].path}.id`, "duplicate_option", `Row id "${rows[i].id}" is used twice`);
    return issues;
  },
  templateFields: (m) => [
    ...frameFields(m),
    ...(m.dynamic
      ? fields([["dynamic.id", m.dynamic.id], ["dynamic.title", m.dynamic.title], ["dynamic.description", m.dynamic.description]])
      : []),
  ],
  // Row templates see `item` and `index`; the frame was rendered already.
  expand(m, { lookup, render }) {
    if (!m.dynamic) return m;
    const dynamic = m.dynamic;
    const items = lookup(dynamic.from);
    if (!Array.isArray(items)) throw new Error(`${dynamic.from} is not a list (it is ${items === undefined ? "missing" : typeof items})`);
    if (items.length === 0) throw new Error(`${dynamic.from} is empty: there is nothing to choose from`);
    const rows = items.slice(0, MAX_LIST_ROWS).map((item, index) => {
      const extra = { item, index };
      const description = dynamic.description ? render(dynamic.description, "dynamic.description", extra) : undefined;
      return { id: render(dynamic.id, "dynamic.id", extra), title: render(dynamic.title, "dynamic.title", extra), ...(description ? { description } : {}) };
    });
    return { ...m, dynamic: undefined, sections: [{ title: undefined, rows }] };
  },
  toSend: (m) => ({
    type: "interactive",
    content: {
      interactive: {
        type: "list",
        ...frameContent(m),
        action: {
          button: m.button,
          sections: (m.sections ?? []).map((s) => ({
            ...(s.title ? { title: s.title } : {}),
            rows: s.rows.map((r) => ({ id: r.id, title: r.title, ...(r.description ? { description: r.description } : {}) })),
          })),
        },
      },
    },
  }),
});
