import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./test";
import { startFake8x8, type Fake8x8 } from "../lib/channels/8x8/fake/fake-8x8-server";
import { startApp, type AppProcess } from "./app-process";
import { inspector, selectStep, waitSaved } from "./editor-helpers";
import { E2E_WEBHOOK_AUTH, signIn } from "./workspace-auth.mjs";

// An app of its own whose channel lists its templates from the fake 8x8 (synced at start),
// and whose webhook URL the fake posts template status changes to.
test.describe.configure({ mode: "serial" });
test.use({ storageState: { cookies: [], origins: [] } });

const PORT = 3160;
let app: AppProcess;
let fake: Fake8x8;

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(150_000);
  fake = await startFake8x8({ apiKey: "templates-key", subAccountId: "Acme_WhatsApp", webhookUrl: `http://127.0.0.1:${PORT}/api/webhooks/8x8`, webhookAuth: E2E_WEBHOOK_AUTH });
  app = await startApp(PORT, {
    EIGHTX8_API_BASE_URL: fake.url,
    EIGHTX8_SUBACCOUNT_ID: "Acme_WhatsApp",
    EIGHTX8_API_KEY: "templates-key",
    EIGHTX8_ACCOUNT_ID: "a1b2c3d4-0000-4000-8000-000000000001",
    EIGHTX8_TEMPLATE_CHANNEL_ID: "ec36a867-3dd4-e911-814a-02d85f55fce8",
  });
  // The start-up sync runs beside the first requests; this one is the user's "Sync from 8x8".
  expect((await app.api("/api/templates/sync", { method: "POST", body: "{}" })).status).toBe(200);
});

test.afterAll(async () => {
  await app?.kill();
  await fake?.close();
});

async function openJourney(page: Page) {
  const imported = await (await app.api("/api/journeys/import", { method: "POST", body: readFileSync("e2e/fixtures/template-journey.json", "utf8") })).json();
  await page.context().addCookies(await signIn(app.base));
  await page.goto(`${app.base}/journeys/${imported.journey.id}`);
  await expect(page.getByRole("button", { name: "Preview", exact: true })).toBeEnabled();
  await selectStep(page, "notify");
  return imported.journey.id as string;
}

async function pickTemplate(page: Page, search: string, name: string) {
  await inspector(page).getByRole("button", { name: /Pick a template|hello_world|_/ }).first().click();
  await inspector(page).getByRole("textbox", { name: "Search templates" }).fill(search);
  await inspector(page).getByRole("option", { name: new RegExp(name) }).click();
}

test("pick a template, map its parameters, see it as the customer will, preview it and publish", async ({ page }) => {
  await openJourney(page);
  await expect(inspector(page)).toContainText("No template “hello_world” in Default (environment)");
  await expect(page.getByText("Fix 1 error to publish")).toBeVisible();

  await pickTemplate(page, "ship", "order_shipped");
  const body1 = inspector(page).getByLabel("Body {{1}}");
  const body2 = inspector(page).getByLabel("Body {{2}}");
  await expect(body1).toBeVisible();
  await expect(inspector(page).getByLabel("Button 1 · reply payload")).toHaveValue("Track parcel");
  const drawn = inspector(page).getByLabel("How the customer sees it");
  await expect(drawn).toContainText("Hi {{1}}, your order {{2}} is on its way");
  await expect(inspector(page)).toContainText("Body: fill in this parameter");

  await body1.fill("Ray");
  await body2.fill("A-17");
  await expect(drawn).toContainText("Hi Ray, your order A-17 is on its way");
  await expect(drawn.getByText("See products")).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toBeEnabled();
  await waitSaved(page);

  // The preview sends the real template, drawn with its content.
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await page.getByRole("region", { name: "Preview run" }).getByRole("button", { name: "Start as an API call" }).click();
  const chat = page.getByRole("region", { name: "Preview", exact: true });
  await expect(chat.getByTestId("template-view")).toContainText("Hi Ray, your order A-17 is on its way 📦");
  await expect(chat.getByTestId("template-view")).toContainText("Acme Store");
  await page.getByRole("button", { name: "Preview", exact: true }).click();

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Published v1", { exact: true })).toBeVisible();
});

test("a paused template blocks publishing, on its field, until another is picked", async ({ page }) => {
  await openJourney(page);
  await pickTemplate(page, "winter", "winter_promo");
  await expect(inspector(page)).toContainText("“winter_promo” is paused in Default (environment) (Paused by WhatsApp after low ratings from customers)");
  await inspector(page).getByLabel("Body {{1}}").fill("Ray");
  await expect(page.getByText("Fix 1 error to publish")).toBeVisible();
  await waitSaved(page);
  const refused = await app.api(`/api/journeys/${page.url().split("/").pop()}/publish`, { method: "POST", body: "{}" });
  expect(refused.status).toBe(422);
  expect((await refused.json()).error.issues).toEqual(expect.arrayContaining([expect.objectContaining({ nodeId: "notify", path: "message.name", code: "template_not_approved" })]));

  // Another template starts afresh: its fields are its own.
  await pickTemplate(page, "book", "book_visit_flow");
  await expect(inspector(page).getByLabel("Body {{1}}")).toHaveValue("");
  await inspector(page).getByLabel("Body {{1}}").fill("Ray");
  await expect(inspector(page).getByLabel(/Flow data/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toBeEnabled();
});

test("the Templates page lists them as WhatsApp shows them, and a status webhook changes one without a reload", async ({ page }) => {
  await page.context().addCookies(await signIn(app.base));
  await page.goto(`${app.base}/templates`);
  const cards = page.getByTestId("template-card");
  await expect(cards).toHaveCount(6);
  await expect(page.getByTestId("channel-sync-default")).toContainText("6 templates");
  const sale = page.locator('[data-template="spring_sale"]');
  await expect(sale).toContainText("Approved");
  await expect(sale).toContainText("Hi {{1}}, our spring sale is on");
  await expect(sale).toContainText("Shop now");
  const shipped = page.locator('[data-template="order_shipped"]');
  await expect(shipped).toContainText(/Used by .*Shipping notice/);
  await expect(shipped).toContainText("live");

  await page.getByRole("textbox", { name: "Find a template" }).fill("carousel");
  await expect(cards).toHaveCount(1);
  await expect(cards.first().getByTestId("template-view").getByTestId("carousel-card")).toHaveCount(2);
  await page.getByRole("textbox", { name: "Find a template" }).fill("");

  const answer = await fake.changeTemplate("order_shipped", "en_US", { status: "PAUSED", reason: "Paused after customer blocks" });
  expect(answer).toMatchObject({ status: 200, body: { ok: true, duplicate: false } });
  await expect(shipped).toContainText("Paused");
  await expect(shipped).toContainText("Paused after customer blocks");
  await expect(shipped).toContainText("1 live journey send it");

  // The journeys list warns of it too.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Journeys" }).click();
  const live = page.getByRole("listitem", { name: "Shipping notice" }).filter({ hasText: "Published v1" });
  await expect(live.getByRole("link", { name: /Template paused/ })).toBeVisible();
  await expect(page.getByRole("listitem", { name: "Shipping notice" }).filter({ hasText: "Draft" }).getByRole("link", { name: /Template paused/ })).toHaveCount(0);
});

test("a channel added in Settings lists its own templates once it has its 8x8 ids; a wrong key is a clear failure", async ({ page }) => {
  const created = await (await app.api("/api/channels", { method: "POST", body: JSON.stringify({ name: "Clinic", subAccountId: "Acme_WhatsApp", baseUrl: fake.url, apiKey: "wrong-key-123" }) })).json();
  const unset = await app.api("/api/templates/sync", { method: "POST", body: JSON.stringify({ channelId: created.id }) });
  expect(unset.status).toBe(409);
  expect((await unset.json()).error.code).toBe("templates_not_configured");

  await page.context().addCookies(await signIn(app.base));
  await page.goto(`${app.base}/settings/channels`);
  await page.getByRole("listitem", { name: "Channel Clinic" }).getByRole("button", { name: "Templates" }).click();
  await page.getByLabel("Account id").fill("a1b2c3d4-0000-4000-8000-000000000002");
  await page.getByLabel("WhatsApp channel id").fill("ec36a867-3dd4-e911-814a-02d85f55fce9");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("listitem", { name: "Channel Clinic" })).toContainText("templates synced");

  const refused = await app.api("/api/templates/sync", { method: "POST", body: JSON.stringify({ channelId: created.id }) });
  expect(refused.status).toBe(502);
  expect((await refused.json()).error.message).toBe("8x8 refused the API key for the template list");
  await page.goto(`${app.base}/templates`);
  await expect(page.getByTestId(`channel-sync-${created.id}`)).toContainText("Sync failed");

  expect((await app.api(`/api/channels/${created.id}`, { method: "PUT", body: JSON.stringify({ apiKey: "templates-key" }) })).status).toBe(200);
  const synced = await app.api("/api/templates/sync", { method: "POST", body: JSON.stringify({ channelId: created.id }) });
  expect(await synced.json()).toMatchObject({ results: [{ channelId: created.id, ok: true, count: 6, error: null }] });
  await expect(page.getByTestId(`channel-sync-${created.id}`)).toContainText("6 templates");
  await expect(page.getByTestId("template-card")).toHaveCount(12);
});
