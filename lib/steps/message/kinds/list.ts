import { z } from "zod";
import { duplicates, optionId, optionalText, requiredText } from "../../shared/fields";
import type { StepIssue } from "../../step-definition";
import { defineMessageKind, fields } from "../message-kind";
import { nextId, type FormField } from "../../form-field";
import { frameContent, frameFields, frameForm, interactiveFrame } from "./interactive-frame";

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

const rowFields = (): FormField[] => [
  { type: "text", path: "title", label: "Title", max: 24 },
  { type: "text", path: "description", label: "Description", max: 72, optional: true },
  { type: "text", path: "id", label: "Id", max: 200, mono: true, help: "Names the output; the reply carries it" },
];

const staticForm: FormField[] = [
  {
    type: "list",
    path: "sections",
    label: "Sections",
    itemLabel: "section",
    min: 1,
    max: 10,
    newItem: (items) => ({ title: `Section ${items.length + 1}`, rows: [{ id: `row_${Date.now().toString(36)}`, title: "New row" }] }),
    title: (item, i) => (item as { title?: string }).title || `Section ${i + 1}`,
    fields: () => [
      { type: "text", path: "title", label: "Section title", max: 24, optional: true, help: "Required when there is more than one section" },
      {
        type: "list",
        path: "rows",
        label: "Rows",
        itemLabel: "row",
        min: 1,
        max: MAX_LIST_ROWS,
        newItem: (rows) => ({ id: nextId("row", (rows as Array<{ id: string }>).map((r) => r.id)), title: `Row ${rows.length + 1}` }),
        title: (item) => (item as { title: string }).title,
        fields: rowFields,
      },
    ],
  },
];

const dynamicForm: FormField[] = [
  { type: "text", path: "dynamic.from", label: "Array to list", mono: true, placeholder: "vars.slots.body.slots", help: "A list in the run, e.g. an HTTP response saved under vars" },
  { type: "text", path: "dynamic.title", label: "Row title", template: true, help: "Sees item and index; at most 24 characters once rendered" },
  { type: "text", path: "dynamic.description", label: "Row description", template: true, optional: true },
  { type: "text", path: "dynamic.id", label: "Row id", template: true, mono: true, help: "Becomes reply.id when the row is picked" },
];

const DYNAMIC_START = { sections: undefined, dynamic: { from: "vars.items", id: "{{ item.id }}", title: "{{ item.title }}", description: undefined } };
const STATIC_START = { dynamic: undefined, sections: [{ title: undefined, rows: [{ id: "option_1", title: "Option 1" }] }] };

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
  form: (m) => [
    ...frameForm(),
    { type: "text", path: "button", label: "List button", max: 20 },
    {
      type: "select",
      path: "dynamic",
      label: "Rows",
      options: [
        { value: "static", label: "Fixed rows, one output each" },
        { value: "dynamic", label: "Built from data, one Selected output" },
      ],
      read: (config) => ((config as { dynamic?: unknown }).dynamic ? "dynamic" : "static"),
      apply: (config, value) => ({ ...(config as object), ...(value === "dynamic" ? DYNAMIC_START : STATIC_START) }),
    },
    ...(m.dynamic ? dynamicForm : staticForm),
  ],
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
