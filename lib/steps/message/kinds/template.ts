import { z } from "zod";
import type { FormField } from "../../form-field";
import type { StepIssue } from "../../step-definition";
import { defineMessageKind } from "../message-kind";
import { componentsFor, slotEntries } from "../../../whatsapp/template-slots";
import type { TemplateLayout } from "../../../whatsapp/whatsapp-template";
import { parameterFields, parameterIssues } from "./template-parameters";
import { templateComponent, templateLanguage, templateName } from "./template-components";

/** What the template picker hands the form when a template is chosen. */
export type PickedTemplate = { name: string; language: string; layout: TemplateLayout };

export const templateMessageSchema = z.object({
  kind: z.literal("template"),
  name: templateName,
  language: templateLanguage,
  components: z.array(templateComponent).default([]),
});

export type TemplateMessage = z.infer<typeof templateMessageSchema>;

/**
 * The picker (name and language, from the channel's synced templates, or typed when none
 * are synced), then one field per parameter of the components it built. Shared with the
 * journey's 24-hour fallback template.
 */
export function templateForm(m: { name: string; language: string; components?: TemplateMessage["components"] }): FormField[] {
  return [
    {
      type: "template",
      path: "name",
      label: "Template",
      help: "An approved template of the channel; its placeholders become the fields below",
      apply: (message, value) => {
        const old = message as TemplateMessage;
        const picked = value as PickedTemplate;
        // Another language of the same template keeps what was mapped; another template starts afresh
        // (its quick replies are other buttons, whatever their position).
        const keep = picked.name === old.name ? (old.components as never) : [];
        return { ...old, name: picked.name, language: picked.language, components: componentsFor(picked.layout, keep) };
      },
    },
    ...parameterFields(m.components ?? []),
    { type: "json", path: "components", label: "Components (8x8 JSON)", help: "What is sent to 8x8; the picker fills it in", advanced: true },
  ];
}

const quickReplies = (m: TemplateMessage) =>
  slotEntries(m.components as never).flatMap((e) =>
    e.key.startsWith("button:") ? e.parameters.filter((p) => p.type === "payload" && p.payload).map((p) => p.payload!) : [],
  );

export const templateMessage = defineMessageKind({
  kind: "template",
  label: "Template",
  description: "An approved WhatsApp template: the only way to message outside the 24-hour window",
  icon: "template",
  schema: templateMessageSchema,
  defaults: (): TemplateMessage => ({ kind: "template", name: "hello_world", language: "en_US", components: [] }),
  freeForm: false,
  // Quick-reply buttons answer like reply buttons: one output per payload.
  canWait: true,
  options: (m) => [...new Set(quickReplies(m))].map((payload) => ({ id: payload, label: payload })),
  form: (m) => templateForm(m),
  summary: (m) => `${m.name} (${m.language})`,
  validate(m) {
    const issues: StepIssue[] = [];
    m.components.forEach((c, i) => {
      if (c.type === "button" && (c.index === undefined || !c.subType)) {
        issues.push({ severity: "error", path: `components.${i}`, code: "button_component", message: "A button component needs an index (0-9) and a subType" });
      }
    });
    return issues.concat(parameterIssues(m.components));
  },
  templateIssuePath: (path) => path,
  templateFields: (m) =>
    slotEntries(m.components as never).flatMap((e) =>
      e.parameters.flatMap((p, pi) => {
        const field = p.type === "text" ? "text" : typeof p.url === "string" ? "url" : p.type === "couponCode" ? "couponCode" : null;
        const value = field ? (p as Record<string, unknown>)[field] : undefined;
        return typeof value === "string" && value ? [{ path: `${e.path}.parameters.${pi}.${field}`, value }] : [];
      }),
    ),
  toSend: (m) => ({ type: "template", content: { template: { name: m.name, language: m.language, components: m.components } } }),
});
