#!/usr/bin/env node
// Screenshots of the running app's pages in headless Chromium, to look at what users see:
//   node scripts/screenshots.mjs [baseUrl] [outDir]
// Signs in as the test workspace's owner (scripts/e2e-server.mjs creates it), or as
// JOURNEY_STUDIO_OWNER_EMAIL / _PASSWORD. A server without an owner yet shows setup.png too.
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium.mjs";
import { E2E_OWNER, signIn } from "../e2e/workspace-auth.mjs";

const base = process.argv[2] || "http://localhost:3000";
const out = process.argv[3] || "screenshots";
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
await page.goto(`${base}/journeys`);
if (page.url().endsWith("/setup")) {
  await page.getByLabel("Your name").fill("Fatima Rahman");
  await page.getByLabel("Email").fill("fatima@smile-dental.example");
  await page.screenshot({ path: `${out}/setup.png` });
  await browser.close();
  console.log(`This server has no owner yet: ${out}/setup.png only`);
  process.exit(0);
}
const owner = { email: process.env.JOURNEY_STUDIO_OWNER_EMAIL || E2E_OWNER.email, password: process.env.JOURNEY_STUDIO_OWNER_PASSWORD || E2E_OWNER.password };
await page.context().addCookies(await signIn(base, owner));
await page.goto(`${base}/journeys`);
await page.getByTestId("activity").first().waitFor();
await page.screenshot({ path: `${out}/journeys.png` });

// Insights, populated when `npm run seed:traffic` ran against this server's database.
await page.getByRole("link", { name: "Appointment booking", exact: true }).click();
await page.waitForURL(/\/journeys\/.+/);
await page.getByRole("button", { name: "Insights" }).click();
await page.getByRole("radio", { name: "30 days" }).click();
await page.getByTestId("insight-choose_service").waitFor();
await page.waitForTimeout(800);
// Close enough to read: zoomed in around the service menu, as a person would.
const menu = await page.getByTestId("insight-choose_service").boundingBox();
await page.mouse.move(menu.x + menu.width / 2, menu.y + menu.height / 2);
for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -200);
await page.waitForTimeout(600);
await page.screenshot({ path: `${out}/insights.png` });
await page.getByTestId("insight-pick_slot").click();
await page.waitForTimeout(400);
await page.screenshot({ path: `${out}/insights-step.png` });
await page.goto(`${base}/journeys`);

await page.getByRole("link", { name: "Appointment booking", exact: true }).click();
await page.waitForURL(/\/journeys\/.+/);
await page.getByTestId("node-choose_service").click();
await page.waitForTimeout(400);
await page.screenshot({ path: `${out}/journey.png` });

// The variable picker, in the confirm step's body.
await page.keyboard.press("f");
await page.waitForTimeout(500);
await page.getByTestId("node-confirm").click();
const body = page.getByRole("region", { name: "Inspector" }).getByLabel("Body");
await body.click();
await body.press("End");
await body.pressSequentially(" {{ vars.s");
await page.waitForTimeout(300);
await page.screenshot({ path: `${out}/journey-variables.png` });
// Leave the sample as it was: the typing is one undo step.
await page.keyboard.press("Escape");
await page.locator(".react-flow__pane").click();
await page.keyboard.press("Control+z");

await page.getByRole("tab", { name: /Problems/ }).click();
await page.screenshot({ path: `${out}/journey-problems.png` });

// A step picker opened from an open output, and the draft's diff against the live version.
await page.getByTestId("node-choose_service").click();
await page.getByRole("region", { name: "Inspector" }).getByRole("textbox", { name: "Step title" }).fill("Choose a service");
await page.getByRole("region", { name: "Inspector" }).getByRole("combobox", { name: "Next step after Failed" }).selectOption("");
await page.getByRole("button", { name: "Add a step after Failed of Choose a service" }).click();
await page.keyboard.type("te");
await page.waitForTimeout(300);
await page.screenshot({ path: `${out}/journey-step-picker.png` });
await page.keyboard.press("Escape");
await page.getByRole("button", { name: "Publish", exact: true }).click();
await page.getByText("Published version").waitFor();
await page.getByTestId("node-not_understood").click();
await page.getByRole("region", { name: "Inspector" }).getByRole("textbox", { name: "Message" }).fill("Sorry {{ contact.name }}, I didn't catch that. Tap *Choose service* to pick one.");
await page.waitForTimeout(300);
await page.screenshot({ path: `${out}/journey-rendered-value.png` });
await page.getByRole("button", { name: "Unpublished changes" }).click();
await page.waitForTimeout(300);
await page.screenshot({ path: `${out}/journey-changes.png` });
await page.keyboard.press("Escape");

// The preview: the booking sample chatted to its slot list, slots from its saved response.
await page.goto(`${base}/journeys`);
await page.getByRole("link", { name: "Appointment booking", exact: true }).click();
await page.waitForURL(/\/journeys\/.+/);
await page.getByRole("button", { name: "Preview", exact: true }).click();
const phone = page.getByRole("region", { name: "Preview", exact: true });
const say = async (text) => {
  await phone.getByRole("textbox", { name: "Message" }).fill(text);
  await phone.getByRole("button", { name: "Send", exact: true }).click();
};
await say("Hi! I'd like to *book* a check-up");
await phone.getByRole("button", { name: "Choose service" }).click();
await phone.getByRole("radio", { name: /Check-up/ }).click();
await phone.getByRole("button", { name: "Send selection" }).click();
await phone.getByRole("button", { name: "See slots" }).click();
await phone.getByRole("radio", { name: /Tue 11:00/ }).click();
await page.waitForTimeout(500);
await page.screenshot({ path: `${out}/journey-preview-list.png` });
await phone.getByRole("button", { name: "Send selection" }).click();
await phone.getByText("Shall I book it?").waitFor();
await page.waitForTimeout(500);
await page.screenshot({ path: `${out}/journey-preview.png` });

// A WhatsApp Flow form, with a validation error showing.
await page.goto(`${base}/journeys`);
await page.getByRole("link", { name: "Lead qualification", exact: true }).click();
await page.waitForURL(/\/journeys\/.+/);
await page.getByRole("button", { name: "Preview", exact: true }).click();
await say("Hi, what is your pricing?");
await phone.getByRole("button", { name: "Not yet" }).click();
await phone.getByRole("button", { name: "Get started" }).click();
const form = phone.getByRole("dialog", { name: "About your company" });
await form.getByLabel("Company name").fill("Acme Dental");
await form.getByLabel("Work email").fill("jane@acme");
await form.getByRole("button", { name: "Send" }).click();
await page.waitForTimeout(300);
await page.screenshot({ path: `${out}/journey-preview-flow.png` });

await page.goto(`${base}/settings`);
await page.screenshot({ path: `${out}/settings.png` });
await page.getByRole("region", { name: "Keywords" }).screenshot({ path: `${out}/settings-keywords.png` });

await page.goto(`${base}/settings/members`);
await page.getByPlaceholder("Sam, front desk").fill("Sam, front desk");
await page.getByRole("button", { name: "Create invitation link" }).click();
await page.getByRole("textbox", { name: "Invitation link" }).waitFor();
await page.screenshot({ path: `${out}/settings-members.png` });

await page.goto(`${base}/settings/channels`);
await page.getByRole("button", { name: "Add channel" }).click();
const channel = page.getByRole("dialog", { name: "Add a channel" });
await channel.getByLabel("Name").fill("Clinic · +65 6123 4567");
await channel.getByLabel("Sub-account id").fill("SmileDental_WA");
await channel.getByLabel("API key").fill("an-api-key-from-8x8");
await page.waitForTimeout(200);
await page.screenshot({ path: `${out}/settings-channel-add.png` });
await channel.getByRole("button", { name: "Add channel" }).click();
await page.getByRole("textbox", { name: "Webhook authorization" }).waitFor();
await page.screenshot({ path: `${out}/settings-channels.png`, fullPage: true });

await page.goto(`${base}/settings/secrets`);
for (const [name, value] of [["clinic_api_key", "sk_live_0123456789"], ["crm_token", "crm-0123456789"]]) {
  await page.getByRole("button", { name: "Add secret" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a secret" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Value").fill(value);
  await dialog.getByRole("button", { name: "Save secret" }).click();
  await page.getByRole("listitem", { name: `Secret ${name}` }).waitFor();
}
await page.screenshot({ path: `${out}/settings-secrets.png` });

await page.goto(`${base}/settings/audit`);
await page.screenshot({ path: `${out}/settings-audit.png` });
await browser.close();
console.log(`Screenshots in ${out}/`);
