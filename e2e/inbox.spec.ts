import { readFileSync } from "node:fs";
import { expect, test } from "./test";
import { startFake8x8, type Fake8x8 } from "../lib/channels/8x8/fake/fake-8x8-server";
import { startApp, type AppProcess } from "./app-process";
import { E2E_WEBHOOK_AUTH, signIn } from "./workspace-auth.mjs";

// An app of its own with the environment's channel on a fake 8x8, so both sides play:
// the customer through 8x8's webhooks, the agent in the inbox.
test.describe.configure({ mode: "serial" });
test.use({ storageState: { cookies: [], origins: [] } });

const PORT = 3140;
let app: AppProcess;
let fake: Fake8x8;

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(150_000);
  fake = await startFake8x8({ apiKey: "inbox-key", subAccountId: "Acme_WhatsApp", webhookUrl: `http://127.0.0.1:${PORT}/api/webhooks/8x8`, webhookAuth: E2E_WEBHOOK_AUTH });
  app = await startApp(PORT, { EIGHTX8_API_BASE_URL: fake.url, EIGHTX8_SUBACCOUNT_ID: "Acme_WhatsApp", EIGHTX8_API_KEY: "inbox-key" });
  const document = JSON.parse(readFileSync("lib/conversations/fixtures/help-desk.journey.json", "utf8"));
  const imported = await (await app.api("/api/journeys/import", { method: "POST", body: JSON.stringify(document) })).json();
  expect((await app.api(`/api/journeys/${imported.journey.id}/publish`, { method: "POST", body: "{}" })).status).toBe(201);
  // The same desk with a 10-second waiting time, on its own keyword.
  const urgent = structuredClone(document);
  urgent.name = "Urgent desk";
  urgent.nodes[0].data.keywords = ["urgent"];
  urgent.nodes[1].data.waitSeconds = 10;
  const second = await (await app.api("/api/journeys/import", { method: "POST", body: JSON.stringify(urgent) })).json();
  expect((await app.api(`/api/journeys/${second.journey.id}/publish`, { method: "POST", body: "{}" })).status).toBe(201);
  const reminders = await (await app.api("/api/journeys/import", { method: "POST", body: readFileSync("e2e/fixtures/remind-tomorrow.journey.json", "utf8") })).json();
  apiJourney = reminders.journey.id;
  expect((await app.api(`/api/journeys/${apiJourney}/publish`, { method: "POST", body: "{}" })).status).toBe(201);
});
let apiJourney: string;

test.afterAll(async () => {
  await app?.kill();
  await fake?.close();
});

test("a customer reaches a person: the inbox shows them live, the agent answers and hands back, the journey goes on", async ({ page }) => {
  const customer = { msisdn: "+15559100001", name: "Nadia" };
  await page.context().addCookies(await signIn(app.base));
  await page.goto(`${app.base}/inbox`);
  await expect(page.getByTestId("count-waiting")).toHaveText("0");

  await fake.say(customer, { text: "I need help with my bill" });
  const [connecting] = await fake.waitForMessages(1);
  expect(connecting.content).toMatchObject({ text: "Connecting you with our team…" });
  // No reload: the inbox hears of the conversation by itself.
  const row = page.getByRole("list", { name: "Conversation list" }).getByRole("listitem", { name: "Nadia" });
  await expect(row).toContainText("Billing");
  await expect(page.getByTestId("count-waiting")).toHaveText("1");
  await expect(page.getByRole("navigation", { name: "Main" }).getByLabel("1 waiting")).toBeVisible();

  await row.getByRole("link").click();
  await page.getByRole("button", { name: "Take" }).click();
  await expect(page.getByRole("toolbar", { name: "Conversation actions" })).toContainText("With Olivia Owner");
  const reply = page.getByRole("form", { name: "Reply" });
  await reply.getByRole("textbox", { name: "Message" }).fill("Hi Nadia, Olivia here. Let me look.");
  await reply.getByRole("button", { name: "Send" }).click();
  const [, mine] = await fake.waitForMessages(2);
  expect(mine.content).toMatchObject({ text: "Hi Nadia, Olivia here. Let me look." });

  // While a person has the conversation, the customer's messages reach them and the bot says nothing.
  await fake.say(customer, { text: "thanks, it is invoice 42" });
  await fake.say(customer, { text: "help" });
  await expect(page.getByRole("log", { name: "Conversation" })).toContainText("thanks, it is invoice 42");
  expect(fake.messages).toHaveLength(2);

  const side = page.getByRole("complementary", { name: "About this conversation" });
  await side.getByLabel("Value").fill("refunded");
  const handedBack = Date.now();
  await side.getByRole("button", { name: "Hand back" }).click();
  const [, , back] = await fake.waitForMessages(3);
  // The journey's next message leaves within 2 s of the hand back.
  expect(back.at - handedBack).toBeLessThan(2000);
  expect(back.content).toMatchObject({ text: "Back with the bot: refunded" });
  await expect(page.getByRole("toolbar", { name: "Conversation actions" })).toContainText("Closed · returned");
  await page.goto(`${app.base}/inbox`);
  await expect(page.getByTestId("count-waiting")).toHaveText("0");
});

test("the API gives a helpdesk the same hands: list, write, close", async () => {
  const customer = { msisdn: "+15559100002", name: "Omar" };
  await fake.say(customer, { text: "help" });
  await expect.poll(async () => (await (await app.api("/api/conversations?view=waiting")).json()).conversations.length).toBe(1);
  const { conversations } = await (await app.api("/api/conversations?view=waiting")).json();
  const contactId = conversations[0].contactId;
  expect((await app.api(`/api/conversations/${contactId}/messages`, { method: "POST", body: JSON.stringify({ text: "" }) })).status).toBe(400);
  expect((await app.api(`/api/conversations/${contactId}/messages`, { method: "POST", body: JSON.stringify({ text: "We are on it", quickReplies: ["OK", "Call me"] }) })).status).toBe(202);
  expect((await app.api(`/api/conversations/${contactId}/close`, { method: "POST", body: "{}" })).status).toBe(200);
  await expect.poll(async () => (await (await app.api(`/api/conversations/${contactId}`)).json()).conversation.resolution).toBe("closed_by_agent");
  expect((await app.api(`/api/conversations/${contactId}/close`, { method: "POST", body: "{}" })).status).toBe(404);
});

test("nobody takes it: the run goes on along no one answered within a second of the waiting time", async () => {
  fake.reset();
  await fake.say({ msisdn: "+15559100003", name: "Kofi" }, { text: "urgent" });
  const [, sorry] = await fake.waitForMessages(2, 20_000);
  expect(sorry.content).toMatchObject({ text: "Sorry, nobody is free right now." });
  const { runs } = await (await app.api(`/api/runs?contact=%2B15559100003`)).json();
  const { run } = await (await app.api(`/api/runs/${runs[0].id}`)).json();
  const waiting = run.steps.find((s: { outcome: string }) => s.outcome === "waiting");
  const noAnswer = run.steps.find((s: { outcome: string }) => s.outcome === "no_answer");
  const late = Date.parse(noAnswer.startedAt) - (Date.parse(waiting.startedAt) + 10_000);
  expect(late).toBeGreaterThanOrEqual(0);
  expect(late).toBeLessThan(1000);
});

test("STOP ends the customer's run, confirms once, and refuses an API start until START", async () => {
  fake.reset();
  const customer = { msisdn: "+15559100004", name: "Lena" };
  await fake.say(customer, { text: "help" });
  await fake.waitForMessages(1);
  await fake.say(customer, { text: "Stop" });
  const [, confirmation] = await fake.waitForMessages(2);
  expect(confirmation.content).toMatchObject({ text: expect.stringContaining("You will not get messages from us any more") });
  await expect.poll(async () => (await (await app.api(`/api/runs?contact=%2B15559100004`)).json()).runs[0]?.status).toBe("completed");
  const refused = await app.api(`/api/journeys/${apiJourney}/runs`, { method: "POST", body: JSON.stringify({ contact: { msisdn: customer.msisdn } }) });
  expect(refused.status).toBe(409);
  expect((await refused.json()).error.code).toBe("opted_out");
  await fake.say(customer, { text: "START" });
  await fake.waitForMessages(3);
  expect((await app.api(`/api/journeys/${apiJourney}/runs`, { method: "POST", body: JSON.stringify({ contact: { msisdn: customer.msisdn } }) })).status).toBe(202);
});

test("an agent cannot send a template to a customer who opted out, until they write START", async () => {
  fake.reset();
  const customer = { msisdn: "+15559100005", name: "Ines" };
  await fake.say(customer, { text: "STOP" });
  await fake.waitForMessages(1);
  // AGENT opens a conversation with a person (the customer is told), who then tries the template the customer refused.
  await fake.say(customer, { text: "AGENT" });
  await fake.waitForMessages(2);
  expect(fake.messages[1].content).toMatchObject({ text: "Connecting you with our team…" });
  await expect.poll(async () => (await (await app.api("/api/conversations?view=waiting")).json()).conversations.some((c: { contactName: string | null; contactId: string }) => c.contactName === "Ines")).toBe(true);
  const { conversations } = await (await app.api("/api/conversations?view=waiting")).json();
  const contactId = conversations.find((c: { contactName: string | null }) => c.contactName === "Ines").contactId;
  const template = { template: { name: "order_shipped", language: "en_US", bodyParameters: ["Ines", "A-7"] } };
  const refused = await app.api(`/api/conversations/${contactId}/messages`, { method: "POST", body: JSON.stringify(template) });
  expect(refused.status).toBe(409);
  expect((await refused.json()).error).toMatchObject({ code: "opted_out", message: expect.stringContaining("opted out") });
  // Inside the window a typed answer still reaches them: it answers what they wrote.
  expect((await app.api(`/api/conversations/${contactId}/messages`, { method: "POST", body: JSON.stringify({ text: "Understood, no more offers." }) })).status).toBe(202);
  await fake.waitForMessages(3);
  expect(fake.messages.map((m) => m.type.toLowerCase())).toEqual(["text", "text", "text"]);

  await fake.say(customer, { text: "START" });
  await fake.waitForMessages(4);
  expect((await app.api(`/api/conversations/${contactId}/messages`, { method: "POST", body: JSON.stringify(template) })).status).toBe(202);
  await fake.waitForMessages(5);
  expect(fake.messages[4].type.toLowerCase()).toBe("template");
});

test("the first reply takes a waiting conversation; closed ones stay findable; the API gives the transcript with who said what", async () => {
  fake.reset();
  const customer = { msisdn: "+15559100006", name: "Noor" };
  await fake.say(customer, { text: "urgent" });
  await expect.poll(async () => (await (await app.api("/api/conversations?view=waiting")).json()).conversations.some((c: { contactName: string }) => c.contactName === "Noor")).toBe(true);
  const { conversations } = await (await app.api("/api/conversations?view=waiting")).json();
  const contactId = conversations.find((c: { contactName: string }) => c.contactName === "Noor").contactId;
  expect((await app.api(`/api/conversations/${contactId}/messages`, { method: "POST", body: JSON.stringify({ text: "On it, Noor." }) })).status).toBe(202);
  // Answering took it: no longer waiting, so its waiting time ("nobody is free") no longer runs.
  const taken = (await (await app.api(`/api/conversations/${contactId}`)).json());
  expect(taken.conversation.status).toBe("assigned");
  expect((await (await app.api("/api/conversations?view=waiting")).json()).conversations.some((c: { contactId: string }) => c.contactId === contactId)).toBe(false);
  await expect.poll(async () => (await (await app.api(`/api/conversations/${contactId}`)).json()).transcript.map((m: { from: string; by?: string }) => m.by ?? m.from)).toEqual(["agent", "journey", "contact"]);
  const { transcript } = await (await app.api(`/api/conversations/${contactId}`)).json();
  expect(transcript.every((m: { id: string }) => /^(in|out):/.test(m.id))).toBe(true);

  expect((await app.api(`/api/conversations/${contactId}/close`, { method: "POST", body: "{}" })).status).toBe(200);
  await expect.poll(async () => (await (await app.api("/api/conversations?view=closed")).json()).conversations.map((c: { contactId: string }) => c.contactId)).toContain(contactId);
});
