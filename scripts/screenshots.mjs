#!/usr/bin/env node
// Screenshots of the running app's pages in headless Chromium, to look at what users see:
//   node scripts/screenshots.mjs [baseUrl] [outDir]
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium.mjs";

const base = process.argv[2] || "http://localhost:3000";
const out = process.argv[3] || "screenshots";
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
await page.goto(`${base}/journeys`);
await page.screenshot({ path: `${out}/journeys.png` });

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

// The preview: the booking sample chatted to its slot list, slots from a mock.
await page.goto(`${base}/journeys`);
await page.getByRole("link", { name: "Appointment booking", exact: true }).click();
await page.waitForURL(/\/journeys\/.+/);
await page.getByRole("button", { name: "Preview", exact: true }).click();
const run = page.getByRole("region", { name: "Preview run" });
const slots = run.getByRole("group", { name: "Mock for fetch_slots" });
await slots.getByRole("radio", { name: "Mock response" }).click();
await slots.getByLabel("fetch_slots response body").fill(JSON.stringify({ slots: [
  { id: "s1", day: "Mon", time: "09:00", dentist: "Dr Lee" },
  { id: "s2", day: "Tue", time: "11:00", dentist: "Dr Ng" },
  { id: "s3", day: "Thu", time: "16:30", dentist: "Dr Lee" },
] }));
await slots.getByRole("button", { name: "Use mock" }).click();
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
await browser.close();
console.log(`Screenshots in ${out}/`);
