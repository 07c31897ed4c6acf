import { z } from "zod";
import type { FormField } from "../../form-field";
import type { StepIssue } from "../../step-definition";
import { defineMessageKind } from "../message-kind";
import { componentTextFields, templateComponent, templateLanguage, templateName } from "./template-components";

/** Name and language of an approved template, shared with the carousel. */
export const templateIdentityForm: FormField[] = [
  { type: "text", path: "name", label: "Template name", mono: true, help: "Exactly as approved in your WhatsApp Business account" },
  { type: "text", path: "language", label: "Language", mono: true, placeholder: "en_US" },
];

export const templateMessageSchema = z.object({
  kind: z.literal("template"),
  name: templateName,
  language: templateLanguage,
  components: z.array(templateComponent).default([]),
});

export type TemplateMessage = z.infer<typeof templateMessageSchema>;

export const templateMessage = defineMessageKind({
  kind: "template",
  label: "Template",
  description: "An approved WhatsApp template: the only way to message outside the 24-hour window",
  icon: "template",
  schema: templateMessageSchema,
  defaults: (): TemplateMessage => ({ kind: "template", name: "hello_world", language: "en_US", components: [] }),
  freeForm: false,
  canWait: false,
  form: () => templateIdentityForm.concat({ type: "json", path: "components", label: "Components", help: "8x8 template components; text parameters may use {{ variables }}" }),
  summary: (m) => `${m.name} (${m.language})`,
  validate(m) {
    const issues: StepIssue[] = [];
    m.components.forEach((c, i) => {
      if (c.type === "button" && (c.index === undefined || !c.subType)) {
        issues.push({ severity: "error", path: `components.${i}`, code: "button_component", message: "A button component needs an index (0-9) and a subType" });
      }
      (c.parameters ?? []).forEach((p, pi) => {
        if (p.type === "text" && !p.text) {
          issues.push({ severity: "error", path: `components.${i}.parameters.${pi}.text`, code: "required", message: "A text parameter needs a value" });
        }
      });
    });
    return issues;
  },
  templateFields: (m) => componentTextFields(m.components),
  toSend: (m) => ({ type: "template", content: { template: { name: m.name, language: m.language, components: m.components } } }),
});
