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

await page.goto(`${base}/settings`);
await page.screenshot({ path: `${out}/settings.png` });
await browser.close();
console.log(`Screenshots in ${out}/`);
