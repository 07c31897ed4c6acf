import { describe, expect, it } from "vitest";
import type { Reply } from "../whatsapp/normalize-reply";
import { journeyDocumentSchema, type JourneyDocumentInput } from "../journey/document-schema";
import { sampleJourneys } from "../journey/samples";
import type { HttpAnswer, HttpCall } from "../http/http-call";
import { advance, type AdvanceEnv, type Effects, type RunEvent, type RunState } from "./advance";
import { compileJourney } from "./compile-journey";

const SLOTS = { slots: [{ id: "s1", day: "Mon", time: "09:00", dentist: "Dr Lee" }, { id: "s2", day: "Tue", time: "11:00", dentist: "Dr Ng" }] };

/** A contact talking to one journey, the way the runtime drives it, minus storage. */
function conversation(document: unknown, env: Partial<AdvanceEnv> = {}) {
  const journey = compileJourney(journeyDocumentSchema.parse(document));
  const calls: HttpCall[] = [];
  let state: RunState = {
    id: "run1", journeyId: "j1", version: 1, startedAt: new Date(0).toISOString(), status: "running", currentNode: null,
    vars: {}, trigger: { text: "I want to book" }, lastReply: null, contact: { msisdn: "+15551234567", name: "Jane" },
    error: null, outcome: null, stepCount: 0,
  };
  const fullEnv: AdvanceEnv = {
    now: () => new Date("2026-11-22T10:00:00Z"),
    windowOpen: true,
    secrets: { clinic_api_key: "clinic-key-0123456789" },
    fallbackTemplate: null,
    async http(call): Promise<HttpAnswer> {
      calls.push(call);
      return call.method === "GET" ? { status: 200, headers: {}, body: SLOTS } : { status: 201, headers: {}, body: { reference: "BK-7" } };
    },
    ...env,
  };
  let last: Effects = { steps: [], sends: [], timer: null };
  const send = async (event: RunEvent) => {
    const result = await advance(journey, state, event, fullEnv);
    state = result.state;
    last = result.effects;
    return last;
  };
  return {
    start: (triggerNodeId = "trigger") => send({ type: "start", triggerNodeId }),
    reply: (reply: Partial<Reply>) => send({ type: "reply", reply: { type: "text", receivedAt: "", umid: "u", ...reply } as Reply }),
    timer: () => send({ type: "timer" }),
    get state() {
      return state;
    },
    get last() {
      return last;
    },
    calls,
  };
}

const interactive = (effects: Effects) => (effects.sends.at(-1)?.send.content as { interactive: Record<string, any> }).interactive;

describe("appointment booking, end to end in memory", () => {
  it("menu → slots from the API → pick → confirm → booked", async () => {
    const c = conversation(sampleJourneys[0]);
    const menu = await c.start();
    expect(c.state).toMatchObject({ status: "waiting", currentNode: "choose_service" });
    expect(interactive(menu)).toMatchObject({ type: "list", body: { text: "Hi Jane! Which service would you like to book?" } });
    expect(menu.timer?.dueAt.toISOString()).toBe("2026-11-22T11:00:00.000Z");

    const slots = await c.reply({ type: "list", id: "checkup", title: "Check-up" });
    expect(c.calls[0]).toMatchObject({ method: "GET", url: "https://api.smile-dental.example/slots?service=checkup", headers: { Authorization: "Bearer clinic-key-0123456789" } });
    expect(c.calls[0].idempotencyKey).toMatch(/^run1:\d+$/);
    expect(interactive(slots).action.sections[0].rows).toEqual([
      { id: "s1", title: "Mon 09:00", description: "with Dr Lee" },
      { id: "s2", title: "Tue 11:00", description: "with Dr Ng" },
    ]);

    const confirm = await c.reply({ type: "list", id: "s2", title: "Tue 11:00", description: "with Dr Ng" });
    expect(interactive(confirm).body.text).toBe("Check-up on Tue 11:00, with Dr Ng. Shall I book it?");

    const booked = await c.reply({ type: "button", id: "confirm", title: "Yes, book it" });
    expect(JSON.parse(c.calls[1].body!)).toEqual({ slot: "s2", service: "checkup", phone: "+15551234567", name: "Jane" });
    expect(booked.sends[0].send).toEqual({ type: "text", content: { text: "You're booked ✅\n*Check-up*, Tue 11:00, with Dr Ng.\nYour reference is BK-7. See you soon!" } });
    expect(c.state).toMatchObject({ status: "completed", outcome: "Booked", currentNode: null });
    expect(booked.steps.map((s) => `${s.nodeId}:${s.outcome}`)).toEqual(["confirm:option:confirm", "book:success", "booked:next", "end_booked:end"]);
  });

  it("a typed answer equal to a button title counts as that button; anything else is `other`", async () => {
    const c = conversation(sampleJourneys[0]);
    await c.start();
    await c.reply({ type: "list", id: "consult", title: "Consultation" });
    await c.reply({ type: "list", id: "s1", title: "Mon 09:00" });
    await c.reply({ type: "text", text: "  another TIME " });
    expect(c.last.steps[0]).toMatchObject({ nodeId: "confirm", outcome: "option:change" });
    const c2 = conversation(sampleJourneys[0]);
    await c2.start();
    const hint = await c2.reply({ type: "text", text: "tomorrow?" });
    expect(hint.steps.map((s) => s.outcome)).toEqual(["other", "next", "waiting"]);
    expect(hint.sends.map((s) => s.send.type)).toEqual(["text", "interactive"]);
  });

  it("no reply before the timeout takes the timeout path", async () => {
    const c = conversation(sampleJourneys[0]);
    await c.start();
    await c.timer();
    expect(c.state).toMatchObject({ status: "completed", outcome: "No reply" });
  });

  it("the calendar API failing takes the error path", async () => {
    const c = conversation(sampleJourneys[0], { http: async () => ({ error: "connect ECONNREFUSED" }) });
    await c.start();
    const down = await c.reply({ type: "list", id: "checkup", title: "Check-up" });
    expect(down.steps.find((s) => s.nodeId === "fetch_slots")).toMatchObject({ outcome: "error", error: "connect ECONNREFUSED" });
    expect(c.state.outcome).toBe("Calendar unavailable");
    expect(c.state.vars.slots).toMatchObject({ ok: false, status: 0 });
  });
});

describe("NPS feedback branches on the score", () => {
  for (const [button, outcome, node] of [["10", "Promoter", "review"], ["8", null, "ask_better"], ["4", null, "ask_wrong"]] as const) {
    it(`score ${button} → ${node}`, async () => {
      const c = conversation(sampleJourneys[2]);
      await c.start();
      const next = await c.reply({ type: "button", id: button, title: "x" });
      expect(next.steps.some((s) => s.nodeId === node)).toBe(true);
      if (outcome) expect(c.state.outcome).toBe(outcome);
    });
  }
});

describe("runtime rules", () => {
  const doc = (nodes: JourneyDocumentInput["nodes"], edges: Array<[string, string, string]>, settings = {}): JourneyDocumentInput => ({
    schema: "journey/v1",
    name: "t",
    settings,
    nodes,
    edges: edges.map(([source, sourceHandle, target], i) => ({ id: `e${i}`, source, sourceHandle, target })),
  });
  const node = (id: string, type: string, data: Record<string, unknown> = {}) => ({ id, type: type as never, position: { x: 0, y: 0 }, data });

  it("stops a runaway loop with a clear error", async () => {
    const loop = doc([node("trigger", "trigger.api"), node("a", "setVariables", { assignments: [{ name: "n", value: "1" }] })], [["trigger", "next", "a"], ["a", "next", "a"]]);
    const c = conversation(loop);
    await c.start();
    expect(c.state.status).toBe("failed");
    expect(c.state.error).toMatch(/^Stopped after 100 steps without a wait: the journey loops/);
  });

  it("outside the 24-hour window a free-form message sends the fallback template, or fails", async () => {
    const journey = doc([node("trigger", "trigger.api"), node("m", "message", { message: { kind: "text", text: "hi" } }), node("f", "end", { outcome: "Not sent" })], [["trigger", "next", "m"], ["m", "failed", "f"]]);
    const closed = conversation(journey, { windowOpen: false });
    await closed.start();
    expect(closed.last.sends).toEqual([]);
    expect(closed.state.outcome).toBe("Not sent");
    expect(closed.last.steps[1].error).toMatch(/24-hour window is closed/);

    const fallback = { kind: "template" as const, name: "reopen", language: "en", components: [{ type: "body" as const, parameters: [{ type: "text" as const, text: "{{ contact.name }}" }] }] };
    const withFallback = conversation(journey, { windowOpen: false, fallbackTemplate: fallback });
    await withFallback.start();
    expect(withFallback.last.sends[0].send).toEqual({ type: "template", content: { template: { name: "reopen", language: "en", components: [{ type: "body", parameters: [{ type: "text", text: "Jane" }] }] } } });
  });

  it("a template that cannot render takes the failed path and names the field", async () => {
    const journey = doc([node("trigger", "trigger.api"), node("m", "message", { message: { kind: "text", text: "{% include 'secrets' %}" } })], [["trigger", "next", "m"]]);
    const c = conversation(journey);
    await c.start();
    expect(c.last.sends).toEqual([]);
    expect(c.last.steps[1]).toMatchObject({ nodeId: "m", outcome: "failed" });
  });

  it("a secret rendered into an HTTP step is [secret] in its log, its error, the run's error and saved variables", async () => {
    const secret = "sk_live_9f8e7d6c5b4a";
    const journey = doc(
      [
        node("trigger", "trigger.api"),
        node("h", "httpRequest", { method: "GET", url: "https://api.example.com/slots?key={{ secrets.clinic_api_key }}", headers: [{ name: "X-Key", value: "{{ secrets.clinic_api_key }}" }], saveAs: "answer" }),
        node("m", "message", { message: { kind: "text", text: "{{ vars.answer.body.echo }}" } }),
      ],
      [["trigger", "next", "h"], ["h", "error", "m"]],
    );
    const c = conversation(journey, {
      secrets: { clinic_api_key: secret },
      http: async (call) => ({ status: 500, headers: { "x-echo": call.headers["X-Key"] }, body: { echo: `bad key ${call.url}`, [secret]: encodeURIComponent(secret) } }),
    });
    const effects = await c.start();
    const everything = JSON.stringify({ state: c.state, effects });
    expect(everything).not.toContain(secret);
    expect(effects.steps[1]).toMatchObject({ outcome: "error", output: { request: { url: "https://api.example.com/slots?key=[secret]" } }, error: "GET https://api.example.com/slots?key=[secret] answered 500" });
    expect(effects.sends[0].send).toEqual({ type: "text", content: { text: "bad key https://api.example.com/slots?key=[secret]" } });
  });

  it("a delay sleeps until its timer, and a reply meanwhile does not wake it", async () => {
    const journey = doc([node("trigger", "trigger.api"), node("d", "delay", { seconds: 90 }), node("m", "message", { message: { kind: "text", text: "later" } })], [["trigger", "next", "d"], ["d", "next", "m"]]);
    const c = conversation(journey);
    const slept = await c.start();
    expect(c.state.status).toBe("sleeping");
    expect(slept.timer?.dueAt.toISOString()).toBe("2026-11-22T10:01:30.000Z");
    await c.reply({ text: "hello?" });
    expect(c.state.status).toBe("sleeping");
    const woke = await c.timer();
    expect(woke.sends[0].send).toEqual({ type: "text", content: { text: "later" } });
    expect(c.state.status).toBe("completed");
  });

  it("setVariables keeps objects whole and renders text", async () => {
    const journey = doc([node("trigger", "trigger.api"), node("v", "setVariables", { assignments: [{ name: "who", value: "{{ contact }}" }, { name: "greeting", value: "Hi {{ contact.name }}" }] })], [["trigger", "next", "v"]]);
    const c = conversation(journey);
    await c.start();
    expect(c.state.vars).toEqual({ who: { msisdn: "+15551234567", name: "Jane" }, greeting: "Hi Jane" });
  });
});
