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
  await page.waitForTimeout(800);
await page.screenshot({ path: `${out}/journey.png` });
await page.screenshot({ path: `${out}/journey-full.png`, fullPage: true });
await page.goto(`${base}/settings`);
await page.screenshot({ path: `${out}/settings.png` });
await page.goto(`${base}/journeys`);
await page.getByRole("button", { name: "New journey" }).click();
await page.screenshot({ path: `${out}/new-journey.png` });
await browser.close();
console.log(`Screenshots in ${out}/`);
