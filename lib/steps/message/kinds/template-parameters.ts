import type { FormField } from "../../form-field";
import type { StepIssue } from "../../step-definition";
import { slotEntries } from "../../../whatsapp/template-slots";

type Components = Parameters<typeof slotEntries>[0];

/**
 * One labelled field per template parameter, typed by what WhatsApp takes there: text
 * (Liquid), a media URL, a URL button's suffix, a quick reply's payload (the reply
 * handle), a coupon code, Flow action data. Derived from the components alone, so a
 * journey whose template is not synced here still shows and edits them.
 */
export function parameterFields(components: Components): FormField[] {
  return slotEntries(components).flatMap((entry) =>
    entry.parameters.flatMap((p, j): FormField[] => {
      const path = `${entry.path}.parameters.${j}`;
      const where = describeKey(entry.key);
      if (p.type === "text" && entry.key.includes("button")) {
        return [{ type: "text", path: `${path}.text`, label: `${where} · URL suffix`, template: true, mono: true, help: "Appended to the button's URL" }];
      }
      if (p.type === "text") {
        const n = entry.parameters.length > 1 || entry.key.endsWith("body") ? ` {{${j + 1}}}` : "";
        return [{ type: "text", path: `${path}.text`, label: `${where}${n}`, template: true, placeholder: "{{ contact.name }}" }];
      }
      if (p.type === "payload") {
        return [{ type: "text", path: `${path}.payload`, label: `${where} · reply payload`, max: 256, help: "Comes back when the customer taps it: the name of this output" }];
      }
      if (p.type === "couponCode") return [{ type: "text", path: `${path}.couponCode`, label: `${where} · coupon code`, max: 15, template: true }];
      if (p.type === "action") return [{ type: "json", path: `${path}.flowActionData`, label: `${where} · Flow data`, optional: true, help: "Optional { screen, data } the Flow opens with" }];
      if (p.type === "location") return [{ type: "json", path: `${path}.location`, label: `${where} · location` }];
      return [{ type: "text", path: `${path}.url`, label: `${where} ${p.type} URL`, template: true, mono: true, max: 2000, placeholder: "https://" }];
    }),
  );
}

/**
 * WhatsApp's rules for parameter values, checked on plain values in the editor and again
 * on rendered values at run time: every parameter filled, no new lines, tabs or runs of
 * more than four spaces in text (8x8 1034), media as an http(s) URL.
 */
export function parameterIssues(components: Components): StepIssue[] {
  return slotEntries(components).flatMap((entry) =>
    entry.parameters.flatMap((p, j): StepIssue[] => {
      const path = `${entry.path}.parameters.${j}`;
      const where = describeKey(entry.key);
      if (p.type === "text") {
        const text = p.text ?? "";
        if (!text.trim()) return [{ severity: "error", path: `${path}.text`, code: "required", message: `${where}: fill in this parameter` }];
        if (/[\n\t]| {5,}/.test(text)) {
          return [{ severity: "error", path: `${path}.text`, code: "template_parameter_format", message: `${where}: WhatsApp refuses new lines, tabs and more than four spaces in a row here` }];
        }
      }
      if (typeof p.url === "string") {
        if (!p.url.trim()) return [{ severity: "error", path: `${path}.url`, code: "required", message: `${where}: give the ${p.type} URL` }];
        if (!isLiquid(p.url) && !/^https?:\/\/[^\s]+$/.test(p.url)) {
          return [{ severity: "error", path: `${path}.url`, code: "template_media_url", message: `${where}: the ${p.type} must be a public http(s) URL` }];
        }
      }
      if (p.type === "couponCode" && !(p.couponCode ?? "").trim()) return [{ severity: "error", path: `${path}.couponCode`, code: "required", message: `${where}: give the code` }];
      return [];
    }),
  );
}

const isLiquid = (value: string) => /\{\{|\{%/.test(value);

/** `card:1:button:0` → "Card 2 · Button 1". */
function describeKey(key: string): string {
  const parts = key.split(":");
  const card = parts[0] === "card" ? `Card ${Number(parts[1]) + 1} · ` : "";
  const rest = parts[0] === "card" ? parts.slice(2) : parts;
  const name = rest[0] === "button" ? `Button ${Number(rest[1]) + 1}` : rest[0].charAt(0).toUpperCase() + rest[0].slice(1);
  return card + name;
}
