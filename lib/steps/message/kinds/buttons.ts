import { z } from "zod";
import { duplicates, optionId, requiredText } from "../../shared/fields";
import type { StepIssue } from "../../step-definition";
import { defineMessageKind } from "../message-kind";
import { nextId } from "../../form-field";
import { frameContent, frameFields, frameForm, interactiveFrame } from "./interactive-frame";

const button = z.object({ id: optionId("Button id", 256), title: requiredText("Button title", 20) });

export const buttonsMessage = defineMessageKind({
  kind: "buttons",
  label: "Reply buttons",
  description: "Up to three quick-reply buttons",
  icon: "buttons",
  schema: z.object({
    kind: z.literal("buttons"),
    ...interactiveFrame,
    buttons: z
      .array(button)
      .min(1, { error: "Add at least one button" })
      .max(3, { error: "WhatsApp allows at most 3 reply buttons" }),
  }),
  defaults: () => ({
    kind: "buttons" as const,
    header: undefined,
    body: "How can we help?",
    footer: undefined,
    buttons: [
      { id: "yes", title: "Yes" },
      { id: "no", title: "No" },
    ],
  }),
  freeForm: true,
  canWait: true,
  options: (m) => m.buttons.map((b) => ({ id: b.id, label: b.title })),
  summary: (m) => m.body,
  form: () => [
    ...frameForm(),
    {
      type: "list",
      path: "buttons",
      label: "Buttons",
      itemLabel: "button",
      min: 1,
      max: 3,
      newItem: (items) => {
        const id = nextId("button", (items as Array<{ id: string }>).map((b) => b.id));
        return { id, title: `Button ${items.length + 1}` };
      },
      title: (item) => (item as { title: string }).title,
      fields: () => [
        { type: "text", path: "title", label: "Title", max: 20 },
        { type: "text", path: "id", label: "Id", max: 256, mono: true, help: "Names the output; the reply carries it" },
      ],
    },
  ],
  validate(m) {
    const issues: StepIssue[] = [];
    for (const i of duplicates(m.buttons, (b) => b.title.trim().toLowerCase())) {
      issues.push({ severity: "error", path: `buttons.${i}.title`, code: "duplicate_title", message: `Button title "${m.buttons[i].title}" is used twice; titles must be unique` });
    }
    for (const i of duplicates(m.buttons, (b) => b.id)) {
      issues.push({ severity: "error", path: `buttons.${i}.id`, code: "duplicate_option", message: `Button id "${m.buttons[i].id}" is used twice` });
    }
    return issues;
  },
  templateFields: (m) => frameFields(m),
  toSend: (m) => ({
    type: "interactive",
    content: {
      interactive: {
        type: "button",
        ...frameContent(m),
        action: { buttons: m.buttons.map((b) => ({ type: "reply", reply: { id: b.id, title: b.title } })) },
      },
    },
  }),
});
