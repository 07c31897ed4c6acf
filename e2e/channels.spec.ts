import { expect, test } from "./test";
import { startFake8x8, type Fake8x8 } from "../lib/channels/8x8/fake/fake-8x8-server";
import { startApp, type AppProcess } from "./app-process";
import { signIn } from "./workspace-auth.mjs";

// One app with its own database, the environment's channel on one fake 8x8 and a second
// WhatsApp number added in Settings on another: these tests share them, in order.
test.describe.configure({ mode: "serial" });
test.use({ storageState: { cookies: [], origins: [] } });

const PORT = 3130;
let app: AppProcess;
let first: Fake8x8;
let second: Fake8x8;
let channel: { id: string; webhookUrl: string; webhookAuth: string };


test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(150_000);
  first = await startFake8x8({ apiKey: "first-key", subAccountId: "Acme_WhatsApp", webhookUrl: `http://127.0.0.1:${PORT}/api/webhooks/8x8` });
  second = await startFake8x8({ apiKey: "second-key-0123", subAccountId: "Acme_Clinic_WA" });
  // No EIGHTX8_WEBHOOK_AUTH: the default channel's value is generated, as on a fresh install.
  app = await startApp(PORT, { EIGHTX8_API_BASE_URL: first.url, EIGHTX8_SUBACCOUNT_ID: "Acme_WhatsApp", EIGHTX8_API_KEY: "first-key", E2E_GENERATED_WEBHOOK_AUTH: "1" });
});

test("the default channel refuses webhooks without the authorization generated on first start, which an owner reads once", async ({ page }) => {
  const customer = { msisdn: "+15550009001", name: "Ada" };
  expect((await first.say(customer, { text: "hello" })).status).toBe(401);
  expect((await app.api("/api/contacts")).ok).toBe(true);
  expect((await (await app.api("/api/contacts")).json()).contacts).toEqual([]);

  await page.context().addCookies(await signIn(app.base));
  await page.goto(`${app.base}/settings/channels`);
  const row = page.getByRole("listitem", { name: "Channel Default (environment)" });
  await row.getByRole("button", { name: "Show webhook authorization" }).click();
  const value = await page.getByRole("textbox", { name: "Webhook authorization" }).inputValue();
  expect(value).toMatch(/^Bearer jsw_/);
  // Only its hash is kept: the next look offers a new value instead, and the API says it was shown.
  await page.reload();
  await expect(row.getByRole("button", { name: "New webhook value" })).toBeVisible();
  expect((await app.api("/api/channels/default/webhook-auth", { method: "POST", body: JSON.stringify({ action: "reveal" }) })).status).toBe(410);

  first.options.webhookAuth = value;
  expect((await first.say(customer, { text: "hello" })).status).toBe(200);
  await expect.poll(async () => (await (await app.api("/api/contacts")).json()).contacts.length).toBe(1);
});

test.afterAll(async () => {
  await app?.kill();
  await first?.close();
  await second?.close();
});

test("an owner adds a second number in Settings, checks its key, and gets its own webhook URL", async ({ page }) => {
  await page.context().addCookies(await signIn(app.base));
  await page.goto(`${app.base}/settings/channels`);
  await expect(page.getByRole("listitem", { name: "Channel Default (environment)" })).toContainText("Acme_WhatsApp");

  await page.getByRole("button", { name: "Add channel" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a channel" });
  await dialog.getByLabel("Name").fill("Clinic number");
  await dialog.getByLabel("Sub-account id").fill("Acme_Clinic_WA");
  await dialog.getByLabel("Region").selectOption("custom");
  await dialog.getByLabel("API address").fill(second.url);
  await dialog.getByLabel("API key").fill("not-the-key");
  await dialog.getByRole("button", { name: "Add channel" }).click();

  const webhookUrl = await page.getByRole("textbox", { name: "Webhook URL of the new channel" }).inputValue();
  const webhookAuth = await page.getByRole("textbox", { name: "Webhook authorization" }).inputValue();
  expect(webhookUrl).toMatch(new RegExp(`^${app.base}/api/webhooks/8x8/ch_[a-z0-9]{10}$`));
  expect(webhookAuth).toMatch(/^Bearer jsw_/);
  channel = { id: webhookUrl.split("/").pop()!, webhookUrl, webhookAuth };

  const row = page.getByRole("listitem", { name: "Channel Clinic number" });
  await row.getByRole("button", { name: "Test connection" }).click();
  await expect(row.getByRole("status")).toHaveText("8x8 refused the API key: copy it again from 8x8 Connect → API keys");
  expect((await app.api(`/api/channels/${channel.id}`, { method: "PUT", body: JSON.stringify({ apiKey: "second-key-0123" }) })).status).toBe(200);
  await row.getByRole("button", { name: "Test connection" }).click();
  await expect(row.getByRole("status")).toHaveText("Connected: 8x8 accepts this API key for Acme_Clinic_WA");

  // The key and the webhook value are nowhere on the page, nor in the API's answers.
  await page.reload();
  const everything = (await page.content()) + (await (await app.api("/api/channels")).text()) + (await (await app.api("/api/secrets")).text());
  for (const secret of ["second-key-0123", webhookAuth.slice(7)]) expect(everything).not.toContain(secret);
});

test("a message on the new number's URL starts the journey listening there, and the reply leaves from that number", async ({ page }) => {
  const journey = {
    schema: "journey/v1",
    name: "Clinic greeting",
    settings: { reentry: "ignore", inactivityTimeoutHours: 24, windowFallbackTemplate: null },
    nodes: [
      { id: "trigger", type: "trigger.inbound", position: { x: 0, y: 0 }, data: { match: "any", keywords: [], caseSensitive: false, channels: [channel.id] } },
      { id: "greet", type: "message", position: { x: 320, y: 0 }, data: { message: { kind: "text", text: "Welcome to the clinic" } } },
      { id: "done", type: "end", position: { x: 640, y: 0 }, data: { outcome: "Greeted" } },
    ],
    edges: [
      { id: "e1", source: "trigger", sourceHandle: "next", target: "greet" },
      { id: "e2", source: "greet", sourceHandle: "next", target: "done" },
    ],
  };
  const { journey: created } = await (await app.api("/api/journeys/import", { method: "POST", body: JSON.stringify(journey) })).json();
  expect((await app.api(`/api/journeys/${created.id}/publish`, { method: "POST" })).status).toBe(201);

  // The trigger's form lists the workspace's channels by name, this one ticked.
  await page.context().addCookies(await signIn(app.base));
  await page.goto(`${app.base}/journeys/${created.id}`);
  await page.getByTestId("node-trigger").click();
  const listensOn = page.getByRole("group", { name: "Channels" });
  await expect(listensOn.getByRole("checkbox", { name: "Clinic number" })).toBeChecked();
  await expect(listensOn.getByRole("checkbox", { name: "Every channel" })).not.toBeChecked();
  await expect(listensOn.getByRole("checkbox", { name: "Default (environment)" })).not.toBeChecked();

  second.options.webhookUrl = channel.webhookUrl;
  second.options.webhookAuth = "Bearer not-the-value";
  expect((await second.say({ msisdn: "+15559000001" }, { text: "hello" })).status).toBe(401);
  second.options.webhookAuth = channel.webhookAuth;
  expect((await second.say({ msisdn: "+15559000001", name: "Ann" }, { text: "hello" })).status).toBe(200);
  await second.waitForMessages(1);
  expect(second.messages[0]).toMatchObject({ user: { msisdn: "+15559000001" }, content: { text: "Welcome to the clinic" } });

  // The same person writing to the environment's number is another conversation, which
  // this journey does not listen to: nothing is sent from either number.
  expect((await first.say({ msisdn: "+15559000001" }, { text: "hello" })).status).toBe(200);
  await expect
    .poll(async () => (await (await app.api(`/api/inbound?contact=${encodeURIComponent("+15559000001")}`)).json()).messages.map((m: { outcome: string | null }) => m.outcome).sort())
    .toEqual(["run", "unmatched"]);
  expect(first.messages).toHaveLength(0);
  expect(second.messages).toHaveLength(1);
});

test("an API start names its channel when there are several, and its messages leave from it", async () => {
  const journey = {
    schema: "journey/v1",
    name: "Reminder",
    settings: { reentry: "ignore", inactivityTimeoutHours: 24, windowFallbackTemplate: null },
    nodes: [
      { id: "trigger", type: "trigger.api", position: { x: 0, y: 0 }, data: {} },
      { id: "remind", type: "message", position: { x: 320, y: 0 }, data: { message: { kind: "text", text: "See you tomorrow" } } },
      { id: "done", type: "end", position: { x: 640, y: 0 }, data: {} },
    ],
    edges: [
      { id: "e1", source: "trigger", sourceHandle: "next", target: "remind" },
      { id: "e2", source: "remind", sourceHandle: "next", target: "done" },
    ],
  };
  const { journey: created } = await (await app.api("/api/journeys/import", { method: "POST", body: JSON.stringify(journey) })).json();
  expect((await app.api(`/api/journeys/${created.id}/publish`, { method: "POST" })).status).toBe(201);
  const unnamed = await app.api(`/api/journeys/${created.id}/runs`, { method: "POST", body: JSON.stringify({ contact: { msisdn: "+15559000002" } }) });
  expect(unnamed.status).toBe(400);
  expect((await unnamed.json()).error.code).toBe("channel_required");
  const before = second.messages.length;
  const started = await app.api(`/api/journeys/${created.id}/runs`, { method: "POST", body: JSON.stringify({ contact: { msisdn: "+15559000001" }, channel: channel.id }) });
  expect(started.status).toBe(202);
  await second.waitForMessages(before + 1);
  expect(second.messages.at(-1)).toMatchObject({ user: { msisdn: "+15559000001" }, content: { text: "See you tomorrow" } });
  expect(first.messages).toHaveLength(0);
});

test("Contacts: the same number on two channels is two contacts, each with its own conversation, delivery status and runs", async ({ page }) => {
  await page.context().addCookies(await signIn(app.base));
  await page.goto(`${app.base}/contacts`);
  await page.getByRole("searchbox", { name: "Find a contact" }).or(page.getByLabel("Find a contact")).fill("+15559000001");
  await page.keyboard.press("Enter");
  const rows = page.getByRole("row").filter({ hasText: "+15559000001" });
  await expect(rows).toHaveCount(2);
  // Channels by the name a person gave them, not their ids.
  await expect(rows.filter({ hasText: "Clinic number" })).toContainText("open, closes");
  await expect(rows.filter({ hasText: "Default (environment)" })).toHaveCount(1);

  await rows.filter({ hasText: "Clinic number" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Ann" })).toBeVisible();
  const conversation = page.getByRole("log", { name: "Conversation" });
  await expect(conversation.getByText("hello", { exact: true })).toBeVisible();
  await expect(conversation.getByText("Welcome to the clinic")).toBeVisible();
  await expect(conversation.getByText("See you tomorrow")).toBeVisible();
  const welcome = conversation.getByTestId("business-message").filter({ hasText: "Welcome to the clinic" });
  await expect(welcome.getByText(/^(queued|sent|delivered)$/)).toBeVisible();
  await welcome.getByRole("link", { name: "Run ›" }).click();
  await expect(page).toHaveURL(/\/runs\//);
  await expect(page.getByText("channel Clinic number")).toBeVisible();
});

test("a long conversation opens at its newest message and loads older ones as it scrolls up", async ({ page }) => {
  second.options.webhookUrl = channel.webhookUrl;
  second.options.webhookAuth = channel.webhookAuth;
  const chatty = { msisdn: "+15559000003", name: "Chatty Cathy" };
  const before = second.messages.length;
  for (let i = 1; i <= 26; i++) {
    const said = await second.say(chatty, { text: `message ${i}` });
    expect(said.status, JSON.stringify(said.body)).toBe(200);
    await second.waitForMessages(before + i);
  }
  await page.context().addCookies(await signIn(app.base));
  await page.goto(`${app.base}/contacts?q=Chatty`);
  await page.getByRole("link", { name: "Chatty Cathy" }).click();
  const conversation = page.getByRole("log", { name: "Conversation" });
  await expect(conversation.getByText("message 26", { exact: true })).toBeInViewport();
  // 52 messages, 50 to a page: the first two come when the top is reached.
  await expect(conversation.getByTestId("business-message")).toHaveCount(25);
  await conversation.evaluate((el) => el.scrollTo({ top: 0 }));
  await expect(conversation.getByText("message 1", { exact: true })).toBeVisible();
  await expect(conversation.getByTestId("business-message")).toHaveCount(26);
  await expect(conversation.getByRole("button", { name: "Load older messages" })).toHaveCount(0);
});
