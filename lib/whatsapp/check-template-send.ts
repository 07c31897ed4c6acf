import type { StepIssue } from "../schemas/validation-issue";
import type { TemplateLookup } from "./template-catalog";
import { slotEntries, templateSlots } from "./template-slots";
import { fillPlaceholders, SENDABLE_STATUS, statusLabel } from "./whatsapp-template";

type Sent = { name: string; language: string; components?: Array<{ type: string; [key: string]: unknown }> };

const BODY_MAX = 1024;
const HEADER_MAX = 60;

/**
 * What WhatsApp would say of this template send on one channel, before it is sent:
 * unknown template or language (8x8 1031), not approved (1035/1036), parameters missing
 * or extra (1030), hydrated text too long (1032). Paths are relative to the template
 * message (`name`, `language`, `components.2.parameters.0.text`). Quick-reply payloads
 * and Flow actions may be left out, as 8x8 allows; any other slot must be filled.
 * Lengths are checked once every value is known: plain text, or after rendering.
 */
export function checkTemplateSend(sent: Sent, lookup: TemplateLookup): StepIssue[] {
  const where = lookup.channelName;
  const template = lookup.find(sent.name, sent.language);
  if (!template) {
    const languages = lookup.languages(sent.name);
    if (languages.length) {
      return [{ severity: "error", path: "language", code: "template_language", message: `“${sent.name}” has no ${sent.language} version in ${where}; it has ${languages.join(", ")}` }];
    }
    return [{ severity: "error", path: "name", code: "template_unknown", message: `No template “${sent.name}” in ${where}: pick one from the list, or sync the templates` }];
  }
  const issues: StepIssue[] = [];
  if (template.status !== SENDABLE_STATUS) {
    const why = template.reason ? ` (${template.reason})` : "";
    issues.push({ severity: "error", path: "name", code: "template_not_approved", message: `“${sent.name}” is ${statusLabel(template.status).toLowerCase()} in ${where}${why}: WhatsApp delivers approved templates only` });
  }
  const expected = new Map(templateSlots(template.layout).map((s) => [s.key, s]));
  for (const entry of slotEntries(sent.components ?? [])) {
    const slot = expected.get(entry.key);
    expected.delete(entry.key);
    if (!slot) {
      if (entry.parameters.length) issues.push({ severity: "error", path: entry.path, code: "template_extra", message: `“${sent.name}” takes no parameters here (${entry.key.replace(/:/g, " ")})` });
      continue;
    }
    if (entry.parameters.length !== slot.count) {
      const n = entry.parameters.length;
      issues.push({ severity: "error", path: entry.path, code: n < slot.count ? "template_missing" : "template_extra", message: `${slot.label} takes ${slot.count} parameter${slot.count === 1 ? "" : "s"}, not ${n}` });
    }
  }
  for (const slot of expected.values()) {
    if (slot.kind === "payload" || slot.kind === "flow_action") continue;
    issues.push({ severity: "error", path: "components", code: "template_missing", message: `${slot.label} needs ${slot.count === 1 ? "a parameter" : `${slot.count} parameters`}: pick the template again to add its fields` });
  }
  const values = textValues(sent);
  const body = values.get("body");
  if (body && template.layout.body && fillPlaceholders(template.layout.body, body).length > BODY_MAX) {
    issues.push({ severity: "error", path: bodyPath(sent), code: "template_too_long", message: `With these values the body is longer than WhatsApp's ${BODY_MAX} characters` });
  }
  const header = values.get("header");
  if (header && template.layout.header?.text && fillPlaceholders(template.layout.header.text, header).length > HEADER_MAX) {
    issues.push({ severity: "error", path: "components", code: "template_too_long", message: `With this value the header is longer than WhatsApp's ${HEADER_MAX} characters` });
  }
  return issues;
}

/** Each slot's text values, only where all of them are known (no Liquid left to render). */
function textValues(sent: Sent): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const entry of slotEntries(sent.components ?? [])) {
    const texts = entry.parameters.map((p) => (p.type === "text" ? (p.text ?? "") : ""));
    if (texts.some((t) => /\{\{|\{%/.test(t))) continue;
    result.set(entry.key, texts);
  }
  return result;
}

function bodyPath(sent: Sent) {
  const i = (sent.components ?? []).findIndex((c) => c.type === "body");
  return i < 0 ? "components" : `components.${i}`;
}
