import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { journeyDocumentSchema } from "../journey/document-schema";
import { sampleJourneys } from "../journey/samples";
import type { HttpCall } from "../http/http-call";
import { createPreviewSession } from "./preview-session";
import type { ChatMessage, PreviewSnapshot } from "./preview-schemas";

const SLOTS = { slots: [{ id: "s1", day: "Mon", time: "09:00", dentist: "Dr Lee" }, { id: "s2", day: "Tue", time: "11:00", dentist: "Dr Ng" }] };

function booking() {
  return journeyDocumentSchema.parse(structuredClone(sampleJourneys[0]));
}

function preview(document = booking(), unwatchedMs?: number) {
  const calls: HttpCall[] = [];
  const session = createPreviewSession(
    { journeyId: "j1", document, contact: { name: "Jane", msisdn: "+15551234567" } },
    {
      now: () => new Date(),
      unwatchedMs,
      secrets: async () => ({ clinic_api_key: "clinic-key-0123456789" }),
      async http(call) {
        calls.push(call);
        return { status: 200, headers: {}, body: SLOTS };
      },
    },
  );
  return { session, calls, document };
}

const business = (s: PreviewSnapshot) => s.messages.filter((m): m is Extract<ChatMessage, { from: "business" }> => m.from === "business");
const interactive = (m: Extract<ChatMessage, { from: "business" }>) => (m.send.content as { interactive: Record<string, never> }).interactive as Record<string, unknown>;

describe("preview session", () => {
  it("plays both sides of a handoff: the bot stays quiet, the designer answers as the agent and hands back", async () => {
    const helpDesk = journeyDocumentSchema.parse(JSON.parse(readFileSync(new URL("../conversations/fixtures/help-desk.journey.json", import.meta.url), "utf8")));
    const { session } = preview(helpDesk);
    let s = await session.command({ type: "send", reply: { type: "text", text: "help" } });
    expect(s.withPerson).toEqual({ nodeId: "to_team", queue: "Billing" });
    expect(s.messages.at(-1)).toMatchObject({ from: "system", text: expect.stringContaining("Handed to a person (Billing)") });
    s = await session.command({ type: "send", reply: { type: "text", text: "help, anyone?" } });
    expect(business(s)).toHaveLength(1);
    s = await session.command({ type: "agentSay", text: "Sam here, refund done" });
    s = await session.command({ type: "handBack", vars: { resolution: "refunded" } });
    expect(business(s).map((m) => (m.send.content as { text: string }).text)).toEqual(["Connecting you with our team…", "Sam here, refund done", "Back with the bot: refunded"]);
    expect(s.withPerson).toBeNull();
    await expect(session.command({ type: "handBack" })).rejects.toMatchObject({ kind: "conflict" });
  });

  it("chats through the booking sample with a real call for slots and a mock for the booking", async () => {
    const { session, calls } = preview();
    // The sample answers both requests with its saved responses unless told otherwise.
    await session.command({ type: "setMock", nodeId: "fetch_slots", mock: "real" });
    await session.command({ type: "setMock", nodeId: "book", mock: { status: 201, body: { reference: "BK-42" } } });
    let s = await session.command({ type: "send", reply: { type: "text", text: "I'd like to book please" } });
    expect(s.run).toMatchObject({ status: "waiting", currentNode: "choose_service" });
    expect(business(s).map((m) => m.nodeId)).toEqual(["choose_service"]);
    expect(JSON.stringify(business(s)[0].send)).toContain("Hi Jane!");
    expect(s.messages[0]).toMatchObject({ from: "contact", status: "read" });
    expect(s.timer).toMatchObject({ nodeId: "choose_service", kind: "timeout" });

    s = await session.command({ type: "send", reply: { type: "list", id: "checkup", title: "Check-up" } });
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toContain("service=checkup");
    const slots = interactive(business(s).at(-1)!);
    expect(JSON.stringify(slots)).toContain("Mon 09:00");
    expect(s.run?.vars).toMatchObject({ service: "Check-up", service_id: "checkup" });

    s = await session.command({ type: "send", reply: { type: "list", id: "s1", title: "Mon 09:00", description: "with Dr Lee" } });
    s = await session.command({ type: "send", reply: { type: "button", id: "confirm", title: "Yes, book it" } });
    expect(calls).toHaveLength(1);
    expect(JSON.stringify(business(s).at(-1)!.send)).toContain("BK-42");
    expect(s.run).toMatchObject({ status: "completed", outcome: "Booked" });
    expect(s.timer).toBeNull();
    expect(s.path.nodes).toEqual(["trigger", "choose_service", "save_service", "fetch_slots", "pick_slot", "save_slot", "confirm", "book", "booked", "end_booked"]);
    expect(s.path.handles).toContainEqual({ source: "confirm", sourceHandle: "option:confirm" });
    expect(s.steps.find((x) => x.nodeId === "book")?.output).toMatchObject({ status: 201 });
    expect(s.messages.at(-1)).toMatchObject({ from: "system", text: "Journey ended: Booked" });
  });

  it("answers a sample's requests with the responses saved in it, out of the box; a real request only when asked", async () => {
    const { session, calls } = preview();
    await session.command({ type: "send", reply: { type: "text", text: "book" } });
    let s = await session.command({ type: "send", reply: { type: "list", id: "checkup", title: "Check-up" } });
    expect(calls).toEqual([]);
    expect(JSON.stringify(interactive(business(s).at(-1)!))).toContain("Thu 15:30");
    s = await session.command({ type: "send", reply: { type: "list", id: "thu-1530", title: "Thu 15:30" } });
    s = await session.command({ type: "send", reply: { type: "button", id: "confirm", title: "Yes, book it" } });
    expect(JSON.stringify(business(s).at(-1)!.send)).toContain("BK-1042");
    expect(calls).toEqual([]);

    await session.command({ type: "setMock", nodeId: "fetch_slots", mock: "real" });
    await session.command({ type: "restart" });
    await session.command({ type: "send", reply: { type: "text", text: "book" } });
    await session.command({ type: "send", reply: { type: "list", id: "checkup", title: "Check-up" } });
    expect(calls.map((c) => c.url)).toEqual([expect.stringContaining("service=checkup")]);
  });

  it("skips a reply timeout, and refuses to skip when nothing waits", async () => {
    const { session } = preview();
    await session.command({ type: "send", reply: { type: "text", text: "book" } });
    const s = await session.command({ type: "skipWait" });
    expect(s.run).toMatchObject({ status: "completed", outcome: "No reply" });
    expect(s.path.handles).toContainEqual({ source: "choose_service", sourceHandle: "timeout" });
    await expect(session.command({ type: "skipWait" })).rejects.toMatchObject({ kind: "conflict" });
  });

  it("fires a real timer when it is due", async () => {
    const document = booking();
    const node = document.nodes.find((n) => n.id === "choose_service")!;
    (node.data as { wait: { timeoutSeconds: number } }).wait.timeoutSeconds = 1;
    const { session } = preview(document);
    const changes: PreviewSnapshot[] = [];
    session.subscribe((s) => changes.push(s));
    await session.command({ type: "send", reply: { type: "text", text: "book" } });
    await expect.poll(() => changes.at(-1)?.run?.outcome, { timeout: 3000 }).toBe("No reply");
    expect(changes.at(-1)?.path.handles).toContainEqual({ source: "choose_service", sourceHandle: "timeout" });
  });

  it("says when no trigger matches, and starts nothing", async () => {
    const { session } = preview();
    const s = await session.command({ type: "send", reply: { type: "text", text: "hello" } });
    expect(s.run).toBeNull();
    expect(s.messages.at(-1)).toMatchObject({ from: "system", tone: "warning" });
    expect((s.messages.at(-1) as { text: string }).text).toContain("book");
  });

  it("takes the failed path when the 24-hour window is closed and there is no fallback", async () => {
    const { session } = preview();
    await session.command({ type: "setWindow", open: false });
    const s = await session.command({ type: "send", reply: { type: "text", text: "book" } });
    expect(s.windowOpen).toBe(false);
    expect(business(s)).toHaveLength(0);
    expect(s.run).toMatchObject({ status: "completed", outcome: "Message not delivered" });
  });

  it("starts from any step with variables, runs the edited draft, and restarts clean", async () => {
    const { session, document } = preview();
    let s = await session.command({ type: "start", nodeId: "confirm", vars: { service: "Whitening", slot: "Fri 10:00" } });
    expect(JSON.stringify(business(s)[0].send)).toContain("Whitening on Fri 10:00");
    expect(s.path.nodes).toEqual(["confirm"]);

    const edited = structuredClone(document);
    const booked = edited.nodes.find((n) => n.id === "booked")!;
    (booked.data as { message: { text: string } }).message.text = "Done, {{ vars.service }}!";
    await session.command({ type: "setMock", nodeId: "book", mock: { status: 201, body: {} } });
    s = await session.command({ type: "send", reply: { type: "button", id: "confirm", title: "Yes, book it" }, document: edited });
    expect(JSON.stringify(business(s).at(-1)!.send)).toContain("Done, Whitening!");

    s = await session.command({ type: "restart" });
    expect(s).toMatchObject({ run: null, messages: [], steps: [], timer: null, path: { nodes: [], handles: [] } });
    expect(s.mocks.book).toEqual({ status: 201, body: {} });
  });

  it("takes the error path on a mocked network failure", async () => {
    const { session } = preview();
    await session.command({ type: "setMock", nodeId: "fetch_slots", mock: { error: "connect ECONNREFUSED" } });
    await session.command({ type: "send", reply: { type: "text", text: "book" } });
    const s = await session.command({ type: "send", reply: { type: "list", id: "consult", title: "Consultation" } });
    expect(s.run).toMatchObject({ status: "completed", outcome: "Calendar unavailable" });
    expect(s.steps.find((x) => x.nodeId === "fetch_slots")).toMatchObject({ outcome: "error" });
  });

  it("pauses a timer nobody is watching, until the wait is skipped", async () => {
    const document = booking();
    (document.nodes.find((n) => n.id === "choose_service")!.data as { wait: { timeoutSeconds: number } }).wait.timeoutSeconds = 1;
    const { session } = preview(document, 0);
    session.subscribe(() => undefined)();
    await session.command({ type: "send", reply: { type: "text", text: "book" } });
    await new Promise((resolve) => setTimeout(resolve, 1300));
    let s = session.snapshot();
    expect(s.run?.status).toBe("waiting");
    expect(s.messages.at(-1)).toMatchObject({ from: "system", tone: "warning" });
    s = await session.command({ type: "skipWait" });
    expect(s.run?.outcome).toBe("No reply");
  });
});
