import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contactKey, normalizeReply } from "./normalize-reply";
import { parseWebhookEvent, type InboundMessageEvent } from "./webhook-schema";

const fixture = (name: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, "../channels/8x8/fixtures", name), "utf8"));

function inbound(source: string | object): InboundMessageEvent {
  const parsed = parseWebhookEvent(typeof source === "string" ? fixture(source) : source);
  if (parsed.kind !== "message" || !parsed.result.success) throw new Error(`${JSON.stringify(source).slice(0, 60)} did not parse`);
  return parsed.result.data as InboundMessageEvent;
}

describe("8x8 webhook bodies", () => {
  it("accepts every documented inbound and receipt shape", () => {
    for (const name of ["inbound-text-v3.json", "inbound-text-v2.json", "inbound-text-v3-bsuid-only.json", "inbound-button-reply.json", "inbound-list-reply.json", "inbound-location.json", "inbound-image.json", "inbound-document.json", "inbound-flow-reply.json"]) {
      expect(parseWebhookEvent(fixture(name))).toMatchObject({ kind: "message", result: { success: true } });
    }
    for (const name of ["receipt-delivered-v9.json", "receipt-undelivered-v8.json"]) {
      expect(parseWebhookEvent(fixture(name))).toMatchObject({ kind: "receipt", result: { success: true } });
    }
  });

  it("holds known event types to their shape and lets other events through", () => {
    const noUser = fixture("inbound-text-v3.json");
    noUser.payload.user = { name: "Nobody" };
    const parsed = parseWebhookEvent(noUser);
    expect(parsed.result.success).toBe(false);
    expect(parsed.result.error?.issues[0]).toMatchObject({ path: ["payload", "user"], message: "user needs an msisdn or a channelUserId" });
    expect(parseWebhookEvent({ eventType: "phone_number_quality_update", eventDetails: {} })).toMatchObject({ kind: "other", result: { success: true } });
    expect(parseWebhookEvent({ eventType: "template_status_update", eventDetails: {} })).toMatchObject({ kind: "template", result: { success: false } });
    expect(parseWebhookEvent("nope").result.success).toBe(false);
  });
});

describe("replies as journeys see them", () => {
  it("text, in v2 and v3", () => {
    expect(normalizeReply(inbound("inbound-text-v3.json"))).toMatchObject({ type: "text", text: "I want to book", umid: "9e09ac86-bd74-5465-851d-1eb5a5fdbb9a" });
    expect(normalizeReply(inbound("inbound-text-v2.json"))).toMatchObject({ type: "text", text: "hello" });
  });

  it("button and list replies carry the option id and title", () => {
    expect(normalizeReply(inbound("inbound-button-reply.json"))).toMatchObject({ type: "button", id: "option-2", title: "FAQ", text: "FAQ" });
    expect(normalizeReply(inbound("inbound-list-reply.json"))).toMatchObject({ type: "list", id: "slot-2", title: "Monday, Oct 9", description: "11:00 AM - 12:00 PM" });
  });

  it("a template's quick-reply tap, a Button message with the payload it was sent with, answers like a reply button", () => {
    const tap = fixture("inbound-text-v3.json");
    tap.payload.type = "Button";
    tap.payload.content = { text: "Track parcel", payload: "track" };
    expect(normalizeReply(inbound(tap))).toMatchObject({ type: "button", id: "track", title: "Track parcel", text: "Track parcel" });
  });

  it("a Flow submission's responseJson string is parsed", () => {
    expect(normalizeReply(inbound("inbound-flow-reply.json")).flow).toEqual({ customer_name: "Jane Smith", email: "jane@example.com", flow_token: "tok" });
  });

  it("locations and media (File or Document)", () => {
    expect(normalizeReply(inbound("inbound-location.json"))).toMatchObject({ type: "location", location: { latitude: 1.2857, longitude: 103.8479 } });
    expect(normalizeReply(inbound("inbound-image.json"))).toMatchObject({ type: "image", mediaUrl: expect.stringContaining("abc.jpeg") });
    expect(normalizeReply(inbound("inbound-document.json"))).toMatchObject({ type: "file" });
  });

  it("a contact is its msisdn, else its business-scoped id", () => {
    expect(contactKey(inbound("inbound-text-v3.json").payload.user)).toBe("msisdn:+15551234567");
    expect(contactKey(inbound("inbound-text-v3-bsuid-only.json").payload.user)).toBe("cuid:US.13491208655302741918");
  });
});
