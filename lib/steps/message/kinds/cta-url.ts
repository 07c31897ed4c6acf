import { z } from "zod";
import { requiredText } from "../../shared/fields";
import { defineMessageKind } from "../message-kind";
import { frameContent, frameFields, frameForm, interactiveFrame } from "./interactive-frame";

export const ctaUrlMessage = defineMessageKind({
  kind: "ctaUrl",
  label: "Link button",
  description: "A message with one button that opens a URL",
  icon: "link",
  schema: z.object({
    kind: z.literal("ctaUrl"),
    ...interactiveFrame,
    displayText: requiredText("Button text", 20),
    url: requiredText("URL", 2000),
  }),
  defaults: () => ({
    kind: "ctaUrl" as const,
    header: undefined,
    body: "Tap below to see the details.",
    footer: undefined,
    displayText: "Open",
    url: "https://example.com",
  }),
  freeForm: true,
  canWait: false,
  form: () => [
    ...frameForm(),
    { type: "text", path: "displayText", label: "Button text", max: 20 },
    { type: "text", path: "url", label: "URL", max: 2000, template: true, placeholder: "https://…" },
  ],
  summary: (m) => `${m.body} → ${m.displayText}`,
  templateFields: (m) => [...frameFields(m), { path: "url", value: m.url }],
  toSend: (m) => ({
    type: "interactive",
    content: { interactive: { type: "cta_url", ...frameContent(m), action: { parameters: { display_text: m.displayText, url: m.url } } } },
  }),
});
