import { describe, expect, it } from "vitest";
import { messageKinds, type AnyMessage } from "./message-kinds";
import { renderMessage } from "./render-message";

const scope = {
  contact: { name: "Jane", msisdn: "+15551234567" },
  vars: { service: "Check-up", slots: { body: { slots: [{ id: "s1", day: "Mon", time: "09:00" }, { id: "s2", day: "Tue", time: "11:00" }] } } },
};

const send = (message: unknown) => {
  const result = renderMessage(message as AnyMessage, scope);
  if (!result.ok) throw new Error(result.error);
  return result.send;
};

describe("messages become 8x8 send bodies", () => {
  it("text with variables", () => {
    expect(send({ kind: "text", text: "Hi {{ contact.name }}, {{ vars.service }}?" })).toEqual({ type: "text", content: { text: "Hi Jane, Check-up?" } });
  });

  it("media with caption in content.text", () => {
    expect(send({ kind: "image", url: "https://x/a.png", caption: "For {{ contact.name }}" })).toEqual({ type: "image", content: { url: "https://x/a.png", text: "For Jane" } });
    expect(send({ kind: "file", url: "https://x/a.pdf" })).toEqual({ type: "file", content: { url: "https://x/a.pdf" } });
  });

  it("reply buttons", () => {
    expect(send({ kind: "buttons", header: "Hi", body: "Pick", footer: "8x8", buttons: [{ id: "a", title: "A" }] })).toEqual({
      type: "interactive",
      content: { interactive: { type: "button", header: { type: "text", text: "Hi" }, body: { text: "Pick" }, footer: { text: "8x8" }, action: { buttons: [{ type: "reply", reply: { id: "a", title: "A" } }] } } },
    });
  });

  it("a dynamic list expands rows from run data with item and index", () => {
    const body = send({ kind: "list", body: "Slots", button: "See", dynamic: { from: "vars.slots.body.slots", id: "{{ item.id }}", title: "{{ index | plus: 1 }}. {{ item.day }} {{ item.time }}" } });
    expect(body.content).toMatchObject({ interactive: { type: "list", action: { button: "See", sections: [{ rows: [{ id: "s1", title: "1. Mon 09:00" }, { id: "s2", title: "2. Tue 11:00" }] }] } } });
  });

  it("a dynamic list over nothing is an error, not an empty list", () => {
    const result = renderMessage({ kind: "list", body: "Slots", button: "See", dynamic: { from: "vars.none", id: "{{ item.id }}", title: "x" } } as AnyMessage, scope);
    expect(result).toMatchObject({ ok: false, error: "vars.none is not a list (it is missing)" });
  });

  it("re-checks limits after rendering", () => {
    const long = renderMessage({ kind: "list", body: "b", button: "{{ vars.service }} {{ vars.service }} {{ vars.service }}", sections: [{ rows: [{ id: "r", title: "t" }] }] } as AnyMessage, scope);
    expect(long).toMatchObject({ ok: false, path: "button", error: expect.stringContaining("WhatsApp allows 20") });
  });

  it("a broken template names its field", () => {
    expect(renderMessage({ kind: "text", text: "Hi {{ contact.name | nosuchfilter }}" } as AnyMessage, scope)).toMatchObject({ ok: false, path: "text", error: expect.stringContaining("Template error") });
  });

  it("a carousel is a template with a carousel component", () => {
    const body = send({ kind: "carousel", name: "promo", language: "en_US", bodyParameters: ["{{ contact.name }}"], cards: [{ headerMedia: { type: "image", url: "https://x/1.jpg" }, buttons: [{ subType: "quickReply", value: "buy" }] }] });
    expect(body).toEqual({
      type: "template",
      content: { template: { name: "promo", language: "en_US", components: [
        { type: "body", parameters: [{ type: "text", text: "Jane" }] },
        { type: "carousel", cards: [{ cardIndex: 0, components: [
          { type: "header", parameters: [{ type: "image", url: "https://x/1.jpg" }] },
          { type: "button", index: 0, subType: "quickreply", parameters: [{ type: "payload", payload: "buy" }] },
        ] }] },
      ] } },
    });
  });

  it("every kind's defaults render to a send body with a known 8x8 type", () => {
    for (const kind of messageKinds) {
      const message = { ...kind.defaults(), url: "https://x/a", flowId: "123" } as unknown as AnyMessage;
      const result = renderMessage(message, scope);
      expect(result.ok, kind.kind).toBe(true);
      if (result.ok) expect(["text", "image", "video", "audio", "file", "location", "interactive", "template"]).toContain(result.send.type);
    }
  });
});
