import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./test";
import { startFake8x8, type Fake8x8 } from "../lib/channels/8x8/fake/fake-8x8-server";
import { startApp, type AppProcess } from "./app-process";
import { fixture } from "./helpers";
import { authHeaders, signIn } from "./workspace-auth.mjs";

/** The management API, as an automation calls it: with the workspace token. */
const authed = (url: string, init: RequestInit = {}) => fetch(url, { ...init, headers: { ...authHeaders, ...(init.headers as Record<string, string>) } });

// One app, one fake 8x8, one clinic backend, shared by these tests in order.
test.describe.configure({ mode: "serial" });

const PORT = 3120;
const HOOK_AUTH = "Bearer hook-secret-0123456789";
let fake: Fake8x8;
let app: AppProcess;
let clinic: Server;
let clinicUrl = "";

function appEnv(withKey = true): Record<string, string> {
  return {
    EIGHTX8_API_BASE_URL: fake.url,
    EIGHTX8_SUBACCOUNT_ID: "Acme_WhatsApp",
    EIGHTX8_WEBHOOK_AUTH: HOOK_AUTH,
    HTTP_ALLOWED_HOSTS: "127.0.0.1",
    SECRET_CLINIC_API_KEY: "clinic-key",
    ...(withKey ? { EIGHTX8_API_KEY: "fake-key" } : { EIGHTX8_API_KEY: "" }),
  };
}

test.beforeAll(async ({}, testInfo) => {
  // Starting a built app takes seconds idle and much longer on busy cores; startApp waits for its health.
  testInfo.setTimeout(150_000);
  clinic = createServer((req, res) => {
    res.setHeader("Content-Type", "application/json");
    if (req.headers.authorization !== "Bearer clinic-key") return res.writeHead(401).end("{}");
    if (req.url?.startsWith("/slots")) return res.end(JSON.stringify({ slots: [{ id: "s1", day: "Mon", time: "09:00", dentist: "Dr Lee" }, { id: "s2", day: "Tue", time: "11:00", dentist: "Dr Ng" }] }));
    res.writeHead(201).end(JSON.stringify({ reference: "BK-9" }));
  });
  await new Promise<void>((r) => clinic.listen(0, "127.0.0.1", r));
  clinicUrl = `http://127.0.0.1:${(clinic.address() as AddressInfo).port}`;
  fake = await startFake8x8({ apiKey: "fake-key", subAccountId: "Acme_WhatsApp", webhookUrl: `http://127.0.0.1:${PORT}/api/webhooks/8x8`, webhookAuth: HOOK_AUTH });
  app = await startApp(PORT, appEnv());
});

test.afterAll(async () => {
  await app?.kill("SIGTERM");
  await fake?.close();
  await new Promise<void>((r) => clinic.close(() => r()));
});

test.beforeEach(() => fake.reset());

async function publish(document: Record<string, unknown>) {
  const created = await authed(`${app.base}/api/journeys/import`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(document) });
  const { journey } = await created.json();
  const published = await authed(`${app.base}/api/journeys/${journey.id}/publish`, { method: "POST" });
  expect(published.status).toBe(201);
  return journey.id as string;
}

const postWebhook = (body: unknown, headers: Record<string, string> = { Authorization: HOOK_AUTH }) =>
  fetch(`${app.base}/api/webhooks/8x8`, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });

test("the built app runs journeys on a worker thread, off the thread that answers webhooks", async () => {
  expect(await (await fetch(`${app.base}/api/health`)).json()).toMatchObject({ ok: true, runtime: "worker" });
});

test("appointment booking over WhatsApp: list, slots from the clinic, confirm, booked", async () => {
  const booking = JSON.parse(JSON.stringify(fixture("../../lib/journey/samples/appointment-booking.json")).replaceAll("https://api.smile-dental.example", clinicUrl));
  await publish(booking);
  const jane = { msisdn: "+15551110001", channelUserId: "US.111", name: "Jane" };

  expect((await fake.say(jane, { text: "Can I book a visit?" })).status).toBe(200);
  const [menu] = await fake.waitForMessages(1);
  expect(menu).toMatchObject({ user: { msisdn: jane.msisdn }, type: "interactive", content: { interactive: { type: "list", body: { text: "Hi Jane! Which service would you like to book?" } } } });

  await fake.say(jane, { listId: "checkup", title: "Check-up" });
  const [, slots] = await fake.waitForMessages(2);
  expect((slots.content as any).interactive.action.sections[0].rows).toEqual([
    { id: "s1", title: "Mon 09:00", description: "with Dr Lee" },
    { id: "s2", title: "Tue 11:00", description: "with Dr Ng" },
  ]);
  await fake.say(jane, { listId: "s2", title: "Tue 11:00" });
  await fake.waitForMessages(3);
  await fake.say(jane, { buttonId: "confirm", title: "Yes, book it" });
  const messages = await fake.waitForMessages(4);
  expect(messages[3].content).toEqual({ text: expect.stringContaining("Your reference is BK-9") });
  expect(fake.rejected).toEqual([]);

  const runs = await (await authed(`${app.base}/api/runs?contact=${encodeURIComponent(jane.msisdn)}`)).json();
  expect(runs.runs[0]).toMatchObject({ status: "completed", outcome: "Booked" });
  const run = await (await authed(`${app.base}/api/runs/${runs.runs[0].id}`)).json();
  expect(run.run.steps.map((s: { nodeId: string }) => s.nodeId)).toEqual(expect.arrayContaining(["fetch_slots", "pick_slot", "confirm", "book", "booked"]));
  expect(run.run.messages).toHaveLength(4);
});

test("publishing 40 times while 300 webhooks arrive: every publish succeeds, and the next message runs the newest version", async ({ page }) => {
  test.setTimeout(120_000);
  const welcome = fixture("welcome.journey.json");
  const created = await authed(`${app.base}/api/journeys/import`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ ...welcome, name: "Publish under load" }) });
  const journeyId = (await created.json()).journey.id as string;
  const webhooks = Promise.all(
    Array.from({ length: 300 }, (_, i) => fake.say({ msisdn: `+1555300${String(i).padStart(4, "0")}` }, { text: "is anyone there?" })),
  );
  const statuses: number[] = [];
  for (let batch = 0; batch < 10; batch++) {
    const answers = await Promise.all(Array.from({ length: 4 }, () => authed(`${app.base}/api/journeys/${journeyId}/publish`, { method: "POST" })));
    statuses.push(...answers.map((a) => a.status));
  }
  expect((await webhooks).map((w) => w.status)).toEqual(Array(300).fill(200));
  expect(statuses).toEqual(Array(40).fill(201));
  const versions = (await (await authed(`${app.base}/api/journeys/${journeyId}/versions`)).json()).versions.map((v: { version: number }) => v.version);
  expect(versions).toEqual(Array.from({ length: 40 }, (_, i) => 40 - i));

  // No wait: the message right after the last publish runs version 40.
  const ann = { msisdn: "+15553009999", name: "Ann" };
  await fake.say(ann, { text: "hello" });
  await expect.poll(async () => (await (await authed(`${app.base}/api/runs?contact=${encodeURIComponent(ann.msisdn)}`)).json()).runs[0]?.version).toBe(40);

  // The 300 that matched nothing are kept and counted, and the journeys page says so.
  await expect
    .poll(async () => (await (await authed(`${app.base}/api/inbound?outcome=unmatched&limit=200`)).json()).unmatchedLast24h)
    .toBeGreaterThanOrEqual(300);
  const unmatched = await (await authed(`${app.base}/api/inbound?contact=${encodeURIComponent("+15553000007")}`)).json();
  expect(unmatched.messages).toEqual([expect.objectContaining({ text: "is anyone there?", outcome: "unmatched", note: "No live journey's trigger matched this message", runId: null })]);
  await page.context().addCookies(await signIn(app.base));
  await page.goto(`${app.base}/journeys`);
  const notice = page.getByRole("group", { name: "Unanswered messages" });
  await expect(notice).toContainText(/\d+ messages in the last 24 hours matched no live journey/);
  await notice.getByText("Show").click();
  await expect(notice.getByRole("list", { name: "Unmatched messages" })).toContainText("“is anyone there?”");
});

test("v2 payloads and v3 contacts known only by their business-scoped id", async () => {
  const v3 = { channelUserId: "US.99887766", username: "lee" };
  await fake.say(v3, { text: "book" });
  const [sent] = await fake.waitForMessages(1);
  expect(sent.user).toEqual({ channelUserId: "US.99887766" });

  await fake.say({ msisdn: "+15551110002", channelUserId: "15551110002", name: "Old" }, { text: "book please" }, undefined, 2);
  const [, second] = await fake.waitForMessages(2);
  expect(second.user).toEqual({ msisdn: "+15551110002" });
});

test("a duplicated webhook is stored and answered once", async () => {
  const umid = "3d9c5a0e-0000-4000-8000-00000000dupe";
  const who = { msisdn: "+15551110003" };
  const first = await fake.say(who, { text: "book" }, umid);
  const again = await fake.say(who, { text: "book" }, umid);
  expect([first.body, again.body]).toEqual([{ ok: true, duplicate: false }, { ok: true, duplicate: true }]);
  await fake.waitForMessages(1);
  await new Promise((r) => setTimeout(r, 1000));
  expect(fake.messages).toHaveLength(1);
});

test("bad webhooks: wrong auth 401, malformed 400 with paths, oversized 413, unknown events 200; none starts a run", async () => {
  const before = (await (await authed(`${app.base}/api/runs?limit=200`)).json()).runs.length;
  const valid = fixture("../../lib/channels/8x8/fixtures/inbound-text-v3.json") as { payload: Record<string, unknown> };
  expect((await postWebhook(valid, { Authorization: "Bearer wrong" })).status).toBe(401);
  expect((await postWebhook(valid, {})).status).toBe(401);
  const malformed = await postWebhook("{ not json");
  expect(malformed.status).toBe(400);
  const noUser = structuredClone(valid) as any;
  delete noUser.payload.user;
  noUser.payload.type = 5;
  const shape = await postWebhook(noUser);
  expect(shape.status).toBe(400);
  expect((await shape.json()).error.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(["payload.user", "payload.type"]));
  expect((await postWebhook({ ...valid, payload: { ...valid.payload, content: { text: "x".repeat(300_000) } } })).status).toBe(413);
  const other = await postWebhook({ eventType: "phone_number_quality_update", eventDetails: { currentLimit: "TIER_1K" } });
  expect(await other.json()).toEqual({ ok: true, ignored: true });
  const template = await postWebhook({ eventType: "template_status_update", eventDetails: { meta: { status: "PAUSED" } } });
  expect(template.status).toBe(400);
  expect((await template.json()).error.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(["eventId", "eventDetails.templateName"]));
  expect((await (await authed(`${app.base}/api/runs?limit=200`)).json()).runs.length).toBe(before);
  expect(fake.messages).toHaveLength(0);
});

test("the API trigger starts a business-initiated run: 202 with its id", async () => {
  const journeyId = await publish(fixture("../../lib/journey/samples/order-shipped.json"));
  const started = await authed(`${app.base}/api/journeys/${journeyId}/runs`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ contact: { msisdn: "+15551110004" }, vars: { first_name: "Ray", order_id: "A-17", tracking_url: "https://track.example/A-17" } }),
  });
  expect(started.status).toBe(202);
  const { runId } = await started.json();
  const [template] = await fake.waitForMessages(1);
  expect(template).toMatchObject({ type: "template", content: { template: { name: "order_shipped", components: [{ type: "body", parameters: [{ type: "text", text: "Ray" }, { type: "text", text: "A-17" }] }, expect.anything(), expect.anything()] } } });
  await expect.poll(async () => (await (await authed(`${app.base}/api/runs/${runId}`)).json()).run?.status).toBe("waiting");

  const bad = await authed(`${app.base}/api/journeys/${journeyId}/runs`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ contact: {} }) });
  expect(bad.status).toBe(400);
  expect((await bad.json()).error.issues[0].path).toBe("contact");
});

test("a delay survives a restart of the app", async () => {
  // Two app starts: a safety limit that holds on busy cores, not a wait.
  test.slow();
  const journeyId = await publish({
    schema: "journey/v1", name: "Reminder",
    nodes: [
      { id: "start", type: "trigger.api", position: { x: 0, y: 0 }, data: {} },
      { id: "hello", type: "message", position: { x: 300, y: 0 }, data: { message: { kind: "template", name: "hello_world", language: "en_US" } } },
      { id: "wait", type: "delay", position: { x: 600, y: 0 }, data: { seconds: 4 } },
      { id: "later", type: "message", position: { x: 900, y: 0 }, data: { message: { kind: "template", name: "reminder", language: "en_US" } } },
    ],
    edges: [
      { id: "e1", source: "start", sourceHandle: "next", target: "hello" },
      { id: "e2", source: "hello", sourceHandle: "next", target: "wait" },
      { id: "e3", source: "wait", sourceHandle: "next", target: "later" },
    ],
  });
  const { runId } = await (await authed(`${app.base}/api/journeys/${journeyId}/runs`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ contact: { msisdn: "+15551110005" } }) })).json();
  await fake.waitForMessages(1);
  const sleptAt = Date.now();
  // Killed while sleeping, not in the middle of a send.
  await expect.poll(async () => (await (await authed(`${app.base}/api/runs/${runId}`)).json()).run?.messages.map((m: { status: string }) => m.status)).toEqual(["queued"]);
  await app.kill("SIGKILL");
  app = await startApp(PORT, appEnv(), { keepDb: true });
  const [, later] = await fake.waitForMessages(2, 20_000);
  expect((later.content as any).template.name).toBe("reminder");
  const late = later.at - (sleptAt + 4000);
  expect(late).toBeGreaterThan(-500);
  // Once: the run ended with the reminder, and nothing else went out for it.
  await expect.poll(async () => (await (await authed(`${app.base}/api/runs/${runId}`)).json()).run?.status).toBe("completed");
  expect(fake.messages.filter((m) => m.user.msisdn === "+15551110005")).toHaveLength(2);
});

test("killed between commit and send, a message still goes out, once", async () => {
  // Two app starts: a safety limit that holds on busy cores, not a wait.
  test.slow();
  await app.kill("SIGTERM");
  // Without an API key the dispatcher cannot send: messages are committed, not sent.
  app = await startApp(PORT, appEnv(false), { keepDb: true });
  const who = { msisdn: "+15551110006", name: "Kim" };
  await fake.say(who, { text: "book" });
  await expect.poll(async () => {
    const runs = (await (await authed(`${app.base}/api/runs?contact=${encodeURIComponent(who.msisdn)}`)).json()).runs;
    if (!runs.length) return null;
    return (await (await authed(`${app.base}/api/runs/${runs[0].id}`)).json()).run.messages.map((m: { status: string }) => m.status);
  }).toEqual(["pending"]);
  await app.kill("SIGKILL");
  app = await startApp(PORT, appEnv(), { keepDb: true });
  await fake.waitForMessages(1);
  await new Promise((r) => setTimeout(r, 1500));
  expect(fake.messages.filter((m) => m.user.msisdn === who.msisdn)).toHaveLength(1);
});

test("8x8 answering 429 then 500: the message is retried and sent once", async () => {
  fake.failNext({ status: 429, retryAfter: 1 }, { status: 500 });
  await fake.say({ msisdn: "+15551110007" }, { text: "book" });
  const [sent] = await fake.waitForMessages(1, 15_000);
  await new Promise((r) => setTimeout(r, 500));
  expect(fake.messages).toHaveLength(1);
  const runs = (await (await authed(`${app.base}/api/runs?contact=${encodeURIComponent("+15551110007")}`)).json()).runs;
  const run = (await (await authed(`${app.base}/api/runs/${runs[0].id}`)).json()).run;
  expect(run.messages[0]).toMatchObject({ status: "queued", attempts: 3, umid: sent.umid });
});

test("outside the 24-hour window: the fallback template goes instead, or the failed path", async () => {
  const journey = (fallback: unknown) => ({
    schema: "journey/v1", name: "Window", settings: { windowFallbackTemplate: fallback },
    nodes: [
      { id: "start", type: "trigger.api", position: { x: 0, y: 0 }, data: {} },
      { id: "hi", type: "message", position: { x: 300, y: 0 }, data: { message: { kind: "text", text: "Free-form hello" } } },
      { id: "not_sent", type: "end", position: { x: 600, y: 100 }, data: { outcome: "Window closed" } },
    ],
    edges: [{ id: "e1", source: "start", sourceHandle: "next", target: "hi" }, { id: "e2", source: "hi", sourceHandle: "failed", target: "not_sent" }],
  });
  const start = async (journeyId: string, msisdn: string) =>
    (await (await authed(`${app.base}/api/journeys/${journeyId}/runs`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ contact: { msisdn } }) })).json()).runId;

  const withFallback = await publish(journey({ kind: "template", name: "reopen_chat", language: "en_US", components: [] }));
  await start(withFallback, "+15551110008");
  const [sent] = await fake.waitForMessages(1);
  expect(sent).toMatchObject({ type: "template", content: { template: { name: "reopen_chat" } } });

  const without = await publish(journey(null));
  const runId = await start(without, "+15551110009");
  await expect.poll(async () => (await (await authed(`${app.base}/api/runs/${runId}`)).json()).run?.outcome).toBe("Window closed");
  const run = (await (await authed(`${app.base}/api/runs/${runId}`)).json()).run;
  expect(run.steps.find((s: { nodeId: string }) => s.nodeId === "hi").error).toMatch(/24-hour window is closed/);
  expect(fake.messages).toHaveLength(1);
});

test("HTTP steps cannot reach private addresses (SSRF), whatever the name says", async () => {
  const clinicPort = new URL(clinicUrl).port;
  const journeyId = await publish({
    schema: "journey/v1", name: "SSRF",
    nodes: [
      { id: "start", type: "trigger.api", position: { x: 0, y: 0 }, data: {} },
      { id: "call", type: "httpRequest", position: { x: 300, y: 0 }, data: { method: "GET", url: "{{ vars.target }}", saveAs: "r" } },
      { id: "ok", type: "end", position: { x: 600, y: 0 }, data: { outcome: "Reached" } },
      { id: "blocked", type: "end", position: { x: 600, y: 100 }, data: { outcome: "Blocked" } },
    ],
    edges: [{ id: "e1", source: "start", sourceHandle: "next", target: "call" }, { id: "e2", source: "call", sourceHandle: "success", target: "ok" }, { id: "e3", source: "call", sourceHandle: "error", target: "blocked" }],
  });
  for (const [target, msisdn] of [[`http://localhost:${clinicPort}/slots`, "+15551110010"], ["http://169.254.169.254/latest/meta-data/", "+15551110011"], [`http://[::1]:${clinicPort}/`, "+15551110012"], [`http://[::ffff:127.0.0.1]:${clinicPort}/slots`, "+15551110013"], [`http://[0:0:0:0:0:ffff:7f00:1]:${clinicPort}/slots`, "+15551110014"], [`http://[64:ff9b::7f00:1]:${clinicPort}/slots`, "+15551110015"]]) {
    const { runId } = await (await authed(`${app.base}/api/journeys/${journeyId}/runs`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ contact: { msisdn }, vars: { target } }) })).json();
    await expect.poll(async () => (await (await authed(`${app.base}/api/runs/${runId}`)).json()).run?.outcome).toBe("Blocked");
    const run = (await (await authed(`${app.base}/api/runs/${runId}`)).json()).run;
    expect(run.steps.find((s: { nodeId: string }) => s.nodeId === "call").error).toMatch(/^Blocked/);
  }
});

test("a secret in an HTTP step's URL is [secret] in the run's API answer and on its page", async ({ page }) => {
  const journeyId = await publish({
    schema: "journey/v1", name: "Secret in the URL",
    nodes: [
      { id: "start", type: "trigger.api", position: { x: 0, y: 0 }, data: {} },
      { id: "call", type: "httpRequest", position: { x: 300, y: 0 }, data: { method: "GET", url: `${clinicUrl}/slots?key={{ secrets.clinic_api_key }}`, saveAs: "r" } },
      { id: "failed", type: "end", position: { x: 600, y: 100 }, data: { outcome: "Calendar down" } },
    ],
    edges: [{ id: "e1", source: "start", sourceHandle: "next", target: "call" }, { id: "e2", source: "call", sourceHandle: "error", target: "failed" }],
  });
  const { runId } = await (await authed(`${app.base}/api/journeys/${journeyId}/runs`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ contact: { msisdn: "+15551110020" } }) })).json();
  await expect.poll(async () => (await (await authed(`${app.base}/api/runs/${runId}`)).json()).run?.outcome).toBe("Calendar down");
  const answer = await (await authed(`${app.base}/api/runs/${runId}`)).text();
  expect(answer).toContain("?key=[secret]");
  expect(answer).not.toContain("clinic-key");
  await page.context().addCookies(await signIn(app.base));
  await page.goto(`${app.base}/runs/${runId}`);
  await expect(page.getByText("answered 401").first()).toBeVisible();
  expect(await page.content()).not.toContain("clinic-key");
});

test("an inactive journey starts no runs, its waiting runs go on, and turning it off can end them", async () => {
  const waits = fixture("preview-waits.journey.json") as { nodes: Array<{ id: string; data: Record<string, unknown> }> };
  waits.nodes[0].data.keywords = ["switch me"];
  const journeyId = await publish({ ...waits, name: "On and off" });
  const runsOf = async (msisdn: string) => (await (await authed(`${app.base}/api/runs?contact=${encodeURIComponent(msisdn)}`)).json()).runs;
  const setActive = (active: boolean, endWaitingRuns = false) =>
    authed(`${app.base}/api/journeys/${journeyId}/active`, { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ active, endWaitingRuns }) });

  const early = { msisdn: "+15554440001" };
  await fake.say(early, { text: "switch me" });
  await expect.poll(async () => (await runsOf(early.msisdn))[0]?.status).toBe("sleeping");

  expect(await (await setActive(false)).json()).toEqual({ active: false, endedRuns: 0 });
  const late = { msisdn: "+15554440002" };
  await fake.say(late, { text: "switch me" });
  await expect
    .poll(async () => (await (await authed(`${app.base}/api/inbound?contact=${encodeURIComponent(late.msisdn)}`)).json()).messages?.[0]?.outcome)
    .toBe("unmatched");
  expect(await runsOf(late.msisdn)).toEqual([]);
  expect((await runsOf(early.msisdn))[0].status).toBe("sleeping");

  // Bad input changes nothing.
  const bad = await authed(`${app.base}/api/journeys/${journeyId}/active`, { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ active: "no" }) });
  expect(bad.status).toBe(400);

  expect(await (await setActive(true)).json()).toEqual({ active: true, endedRuns: 0 });
  await fake.say(late, { text: "switch me" });
  await expect.poll(async () => (await runsOf(late.msisdn))[0]?.status).toBe("sleeping");

  expect(await (await setActive(false, true)).json()).toEqual({ active: false, endedRuns: 2 });
  for (const who of [early, late]) {
    const [run] = await runsOf(who.msisdn);
    expect(run).toMatchObject({ status: "cancelled" });
    expect((await (await authed(`${app.base}/api/runs/${run.id}`)).json()).run.error).toBe("Ended when the journey was turned off");
  }
});
