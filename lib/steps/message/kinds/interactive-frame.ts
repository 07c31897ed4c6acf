import { optionalText, requiredText } from "../../shared/fields";
import type { FormField } from "../../form-field";

/**
 * Header, body and footer around buttons, lists, CTA URLs and Flows, with WhatsApp's
 * limits (header 60, body 1,024, footer 60). Headers are text only here: a list header
 * can only be text, and media headers are left for a later kind.
 */
export const interactiveFrame = {
  header: optionalText("Header", 60),
  body: requiredText("Body", 1024),
  footer: optionalText("Footer", 60),
};

/** The inspector fields of the header, body and footer. */
export function frameForm(bodyLabel = "Body"): FormField[] {
  return [
    { type: "text", path: "header", label: "Header", max: 60, template: true, optional: true },
    { type: "text", path: "body", label: bodyLabel, max: 1024, template: true, multiline: true },
    { type: "text", path: "footer", label: "Footer", max: 60, template: true, optional: true },
  ];
}

export function frameFields(m: { header?: string; body: string; footer?: string }) {
  return [
    ...(m.header ? [{ path: "header", value: m.header }] : []),
    { path: "body", value: m.body },
    ...(m.footer ? [{ path: "footer", value: m.footer }] : []),
  ];
}

/** The header/body/footer part of an 8x8 interactive send body. */
export function frameContent(m: { header?: string; body: string; footer?: string }) {
  return {
    ...(m.header ? { header: { type: "text", text: m.header } } : {}),
    body: { text: m.body },
    ...(m.footer ? { footer: { text: m.footer } } : {}),
  };
}
