import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./test";
import { startFake8x8, type Fake8x8 } from "../lib/channels/8x8/fake/fake-8x8-server";
import { startApp, type AppProcess } from "./app-process";
import { fixture } from "./helpers";

// One app of its own: the tests restart it and read its counters.
test.describe.configure({ mode: "serial" });

const PORT = 3170;
const HOOK_AUTH = "Bearer ops-hook-secret-0123456789";
let fake: Fake8x8;
let app: AppProcess;
let backend: Server;
let journeyId = "";
/** Requests the business's API holds until the test lets them go. */
let held: Array<() => void> = [];
let holding = false;

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(150_000);
  backend = createServer((req, res) => {
    const answer = () => res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ state: "shipped" }));
    if (holding) held.push(answer);
    else answer();
  });
  await new Promise<void>((r) => backend.listen(0, "127.0.0.1", r));
  fake = await startFake8x8({ apiKey: "ops-key", subAccountId: "Acme_WhatsApp", webhookUrl: `http://127.0.0.1:${PORT}/api/webhooks/8x8`, webhookAuth: HOOK_AUTH });
  app = await startApp(PORT, { EIGHTX8_API_BASE_URL: fake.url, EIGHTX8_SUBACCOUNT_ID: "Acme_WhatsApp", EIGHTX8_API_KEY: "ops-key", EIGHTX8_WEBHOOK_AUTH: HOOK_AUTH, HTTP_ALLOWED_HOSTS: "127.0.0.1" });
  const document = JSON.parse(JSON.stringify(fixture("slow-backend.journey.json")).replace("BACKEND", `http://127.0.0.1:${(backend.address() as AddressInfo).port}`));
  const { journey } = await (await app.api("/api/journeys/import", { method: "POST", body: JSON.stringify(document) })).json();
  journeyId = journey.id;
  expect((await app.api(`/api/journeys/${journeyId}/publish`, { method: "POST" })).status).toBe(201);
});

test.afterAll(async () => {
  await app?.kill("SIGKILL");
  await fake?.close();
  await new Promise<void>((r) => backend.close(() => r()));
});

/** One value of a scrape: the sample with exactly these labels, 0 when absent. */
const sample = (text: string, name: string, labels = "") => Number(text.split("\n").find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ""} `))?.split(" ").at(-1) ?? 0);

test("an operator's scrape counts known traffic, both threads added up, and readiness is green", async () => {
  expect(await (await fetch(`${app.base}/api/health/ready`)).json()).toEqual({ ready: true });
  expect((await fetch(`${app.base}/api/metrics`)).status).toBe(401);
  const scrape = async () => {
    const response = await app.api("/api/metrics");
    expect(response.headers.get("content-type")).toContain("text/plain");
    return response.text();
  };
  const before = await scrape();
  for (const msisdn of ["+15557900001", "+15557900002", "+15557900003"]) await fake.say({ msisdn }, { text: "status" });
  const refused = await fetch(`${app.base}/api/webhooks/8x8`, { method: "POST", headers: { Authorization: "Bearer wrong", "Content-Type": "application/json" }, body: "{}" });
  expect(refused.status).toBe(401);
  await fake.waitForMessages(3);

  // The runtime's thread counts runs and sends; the request thread webhooks: one scrape shows both.
  await expect.poll(async () => sample(await scrape(), "journey_studio_sends_total", 'result="accepted",code=""') - sample(before, "journey_studio_sends_total", 'result="accepted",code=""')).toBe(3);
  const after = await scrape();
  const delta = (name: string, labels = "") => sample(after, name, labels) - sample(before, name, labels);
  expect(delta("journey_studio_webhooks_received_total", 'kind="message"')).toBe(3);
  expect(delta("journey_studio_webhooks_refused_total", 'reason="unauthorized"')).toBe(1);
  expect(sample(after, "journey_studio_runs_started_total", `journey="${journeyId}"`)).toBe(3);
  expect(sample(after, "journey_studio_runs_ended_total", `journey="${journeyId}",status="completed"`)).toBe(3);
  expect(sample(after, "journey_studio_runtime_up")).toBe(1);
  expect(sample(after, "journey_studio_outbox_pending")).toBe(0);
  expect(after).not.toContain("+1555790");
});

test("a rolling restart: SIGTERM turns readiness red, 8x8 is told to retry, the run waiting on the backend finishes, and the process exits", async () => {
  holding = true;
  fake.reset();
  await fake.say({ msisdn: "+15557900004" }, { text: "status" });
  await expect.poll(() => held.length).toBe(1);

  app.signal("SIGTERM");
  await expect.poll(async () => (await fetch(`${app.base}/api/health/ready`)).status).toBe(503);
  expect(await (await fetch(`${app.base}/api/health/ready`)).json()).toEqual({ ready: false, reason: "draining" });
  const refused = await fake.say({ msisdn: "+15557900005" }, { text: "status" });
  expect(refused.status).toBe(503);

  held.splice(0).forEach((answer) => answer());
  expect(await app.exited).toBe(0);
  expect(fake.messages.map((m) => [m.user.msisdn, (m.content as { text?: string }).text])).toEqual([["+15557900004", "Your order is on its way"]]);
  holding = false;
});
