import { describe, expect, it } from "vitest";
import fixture from "../channels/8x8/fake/fake-templates.json";
import { parseJourneyDocument } from "../journey/parse-document";
import { validateJourney } from "../journey/validate-journey";
import { eightByEightTemplate, toLayout } from "./parse-8x8-templates";
import type { TemplateCatalog } from "./template-catalog";
import { componentsFor } from "./template-slots";
import type { WhatsAppTemplate } from "./whatsapp-template";

const templates: WhatsAppTemplate[] = fixture.templates.map((raw) => {
  const t = eightByEightTemplate.parse(raw);
  return { channelId: "default", name: t.templateName, language: t.language, category: t.category, status: t.status, quality: t.qualityScore ?? null, reason: t.rejectedReason ?? null, layout: toLayout(t.components), statusAt: "" };
});
const catalog: TemplateCatalog = {
  channels: [{ id: "default", name: "Main number" }, { id: "ch_clinic0001", name: "Clinic" }],
  templates: [...templates, ...templates.filter((t) => t.name === "order_shipped").map((t) => ({ ...t, channelId: "ch_clinic0001" }))],
};
const layout = (name: string) => templates.find((t) => t.name === name)!.layout;

/** A journey whose trigger listens on `channels` and whose one message sends `message`; the fallback too when given. */
function problems(message: Record<string, unknown>, options: { channels?: string[]; fallback?: Record<string, unknown> } = {}) {
  const parsed = parseJourneyDocument({
    schema: "journey/v1",
    name: "T",
    settings: { reentry: "restart", inactivityTimeoutHours: 72, windowFallbackTemplate: options.fallback ?? null },
    nodes: [
      { id: "t", type: "trigger.inbound", position: { x: 0, y: 0 }, data: { match: "any", channels: options.channels ?? ["default"] } },
      { id: "m", type: "message", position: { x: 300, y: 0 }, data: { message } },
      { id: "e", type: "end", position: { x: 600, y: 0 }, data: {} },
    ],
    edges: [
      { id: "a", source: "t", sourceHandle: "next", target: "m" },
      { id: "b", source: "m", sourceHandle: "next", target: "e" },
      { id: "c", source: "m", sourceHandle: "failed", target: "e" },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return validateJourney(parsed.document, undefined, { templates: catalog })
    .filter((i) => i.severity === "error")
    .map((i) => `${i.path}: ${i.message}`);
}

const filled = (name: string, text = "Ray") => ({
  kind: "template",
  name,
  language: "en_US",
  components: componentsFor(layout(name)).map((c) => ({ ...c, parameters: c.parameters?.map((p) => (p.type === "text" ? { ...p, text } : p.type === "image" ? { ...p, url: "https://cdn.example.com/a.jpg" } : p)) })),
});

describe("template checks before publishing", () => {
  it("a picked, fully mapped template has no problems", () => {
    expect(problems(filled("order_shipped"))).toEqual([]);
    expect(problems(filled("spring_sale"))).toEqual([]);
  });

  it("an unknown template, or a language it lacks, is an error on its field", () => {
    expect(problems({ kind: "template", name: "order_shiped", language: "en_US", components: [] })).toEqual([
      "message.name: No template “order_shiped” in Main number: pick one from the list, or sync the templates",
    ]);
    expect(problems({ ...filled("order_shipped"), language: "pt_BR" })).toEqual([
      "message.language: “order_shipped” has no pt_BR version in Main number; it has en_US",
    ]);
  });

  it("a template that is not approved cannot be published, with 8x8's reason", () => {
    expect(problems(filled("winter_promo"))).toEqual([
      "message.name: “winter_promo” is paused in Main number (Paused by WhatsApp after low ratings from customers): WhatsApp delivers approved templates only",
    ]);
  });

  it("missing and extra parameters are errors on the component", () => {
    const message = filled("order_shipped");
    const missing = { ...message, components: [{ type: "body", parameters: [{ type: "text", text: "Ray" }] }] };
    expect(problems(missing)).toEqual(["message.components.0: Body takes 2 parameters, not 1"]);
    const extra = { ...message, components: [...message.components, { type: "header", parameters: [{ type: "text", text: "x" }] }] };
    expect(problems(extra)).toEqual(["message.components.3: “order_shipped” takes no parameters here (header)"]);
    expect(problems({ ...message, components: [] })).toEqual(["message.components: Body needs 2 parameters: pick the template again to add its fields"]);
  });

  it("values that break WhatsApp's rules: new lines, empty, a media URL that is not one, a body past 1,024 characters", () => {
    expect(problems(filled("order_shipped", "two\nlines"))).toEqual([
      "message.components.0.parameters.0.text: Body: WhatsApp refuses new lines, tabs and more than four spaces in a row here",
      "message.components.0.parameters.1.text: Body: WhatsApp refuses new lines, tabs and more than four spaces in a row here",
    ]);
    const sale = filled("spring_sale");
    (sale.components[0].parameters![0] as { url: string }).url = "cdn.example.com/a.jpg";
    expect(problems(sale)).toEqual(["message.components.0.parameters.0.url: Header: the image must be a public http(s) URL"]);
    expect(problems(filled("order_shipped", "x".repeat(600)))).toEqual(["message.components.0: With these values the body is longer than WhatsApp's 1024 characters"]);
    // A Liquid value is known only when the run renders it.
    expect(problems(filled("order_shipped", "{{ contact.name }}"))).toEqual([]);
  });

  it("checks every channel the journey listens on, and the 24-hour fallback template the same way", () => {
    expect(problems(filled("spring_sale"), { channels: ["default", "ch_clinic0001"] })).toEqual([
      "message.name: No template “spring_sale” in Clinic: pick one from the list, or sync the templates",
    ]);
    expect(problems(filled("order_shipped"), { fallback: { kind: "template", name: "winter_promo", language: "en_US", components: [] } })).toEqual([
      "settings.windowFallbackTemplate.name: “winter_promo” is paused in Main number (Paused by WhatsApp after low ratings from customers): WhatsApp delivers approved templates only",
      "settings.windowFallbackTemplate.components: Body needs a parameter: pick the template again to add its fields",
    ]);
  });

  it("quick replies become the step's outputs when it waits for the answer", async () => {
    const { messageStep } = await import("../steps/message/definition");
    const outputs = messageStep.outputs({ message: filled("spring_sale") as never, wait: { enabled: true, timeoutSeconds: 60 } });
    expect(outputs.map((o) => o.id)).toEqual(["option:Show me", "option:Not now", "other", "timeout", "failed"]);
  });
});
