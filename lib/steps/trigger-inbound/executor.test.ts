import { describe, expect, it } from "vitest";
import type { Reply } from "../../whatsapp/normalize-reply";
import { inboundTriggerExecutor } from "./executor";

const text = (t: string): Reply => ({ type: "text", text: t, receivedAt: "", umid: "u" });
const matches = (config: object, reply: Reply, channelId = "default") =>
  inboundTriggerExecutor.matches!({ match: "any", keywords: [], caseSensitive: false, channels: [], ...config } as never, reply, { channelId });

describe("which messages start a journey", () => {
  it("any, exact, contains, startsWith and regex, case-insensitive by default", () => {
    expect(matches({}, text("whatever"))).toBe(true);
    expect(matches({ match: "exact", keywords: ["hi"] }, text("  HI "))).toBe(true);
    expect(matches({ match: "exact", keywords: ["hi"] }, text("hi there"))).toBe(false);
    expect(matches({ match: "contains", keywords: ["book"] }, text("I want to Book"))).toBe(true);
    expect(matches({ match: "startsWith", keywords: ["order"] }, text("order 42"))).toBe(true);
    expect(matches({ match: "startsWith", keywords: ["order"] }, text("my order"))).toBe(false);
    expect(matches({ match: "regex", keywords: ["^#\\d+$"] }, text("#123"))).toBe(true);
    expect(matches({ match: "exact", keywords: ["Hi"], caseSensitive: true }, text("hi"))).toBe(false);
  });

  it("a tap on a button or list row never matches keywords", () => {
    expect(matches({ match: "contains", keywords: ["book"] }, { type: "button", id: "confirm", title: "Yes, book it", text: "Yes, book it", receivedAt: "", umid: "u" })).toBe(false);
  });

  it("listens on every channel, or only on those listed", () => {
    expect(matches({}, text("hi"), "ch_clinic0001")).toBe(true);
    expect(matches({ channels: ["ch_clinic0001"] }, text("hi"), "ch_clinic0001")).toBe(true);
    expect(matches({ channels: ["ch_clinic0001"] }, text("hi"), "default")).toBe(false);
  });
});
