import { describe, expect, it } from "vitest";
import type { TemplateLayout } from "../../../whatsapp/whatsapp-template";
import { templateForm, type TemplateMessage } from "./template";

const shipped: TemplateLayout = { body: "Hi {{1}}, order {{2}}", buttons: [{ type: "quick_reply", text: "Track parcel" }, { type: "quick_reply", text: "See products" }] };
const sale: TemplateLayout = { header: { format: "image" }, body: "Hi {{1}}", buttons: [{ type: "quick_reply", text: "Show me" }, { type: "url", text: "Shop", url: "https://shop.example/{{1}}" }] };

const pick = (message: TemplateMessage, name: string, language: string, layout: TemplateLayout) => {
  const picker = templateForm(message)[0];
  return picker.apply!(message, { name, language, layout }) as TemplateMessage;
};

describe("picking a template", () => {
  const blank: TemplateMessage = { kind: "template", name: "hello_world", language: "en_US", components: [] };

  it("builds one field per placeholder, labelled by where it goes and typed by what WhatsApp takes", () => {
    const message = pick(blank, "spring_sale", "en_US", sale);
    expect(templateForm(message).map((f) => `${f.type} ${f.path} ${f.label}`)).toEqual([
      "template name Template",
      "text components.0.parameters.0.url Header image URL",
      "text components.1.parameters.0.text Body {{1}}",
      "text components.2.parameters.0.payload Button 1 · reply payload",
      "text components.3.parameters.0.text Button 2 · URL suffix",
      "json components Components (8x8 JSON)",
    ]);
  });

  it("another language of the same template keeps what was mapped; another template starts afresh", () => {
    const mapped = pick(blank, "order_shipped", "en_US", shipped);
    (mapped.components[0].parameters![0] as { text: string }).text = "{{ contact.name }}";
    expect(pick(mapped, "order_shipped", "es", shipped).components[0].parameters![0]).toEqual({ type: "text", text: "{{ contact.name }}" });
    const other = pick(mapped, "spring_sale", "en_US", sale);
    expect(other.components.map((c) => c.parameters)).toEqual([
      [{ type: "image", url: "" }],
      [{ type: "text", text: "" }],
      [{ type: "payload", payload: "Show me" }],
      [{ type: "text", text: "" }],
    ]);
  });
});
