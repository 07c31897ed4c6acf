/**
 * Canvas speed in Chromium: for generated journeys of 100, 500 and 2,000 nodes (and a
 * 1-node journey as the baseline), the time from navigation to the opening view drawn
 * (the trigger and the minimap; only nodes in view are rendered), and frame times while panning (requestAnimationFrame deltas during a mouse drag of the
 * pane). The canvas is read-only for now; node dragging is measured once the editor lands.
 * Run: npm run bench:canvas
 */
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../../e2e/chromium.mjs";
import { startApp } from "../../e2e/app-process";
import { generateJourney } from "../../lib/journey/generate-journey";

const PORT = 3170;
const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))] ?? NaN;

const app = await startApp(PORT, {});
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const rows: string[] = [];
  for (const size of [1, 100, 500, 2000]) {
    const journey = size === 1 ? { schema: "journey/v1", name: "Baseline", nodes: [{ id: "trigger", type: "trigger.inbound", position: { x: 0, y: 0 }, data: {} }], edges: [] } : generateJourney(size);
    const created = await (await fetch(`${app.base}/api/journeys/import`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(journey) })).json();
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const renders: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const started = Date.now();
      await page.goto(`${app.base}/journeys/${created.journey.id}`);
      await page.waitForFunction(
        `document.querySelector('[data-testid="node-trigger"]') && document.querySelectorAll(".react-flow__minimap-node").length === ${journey.nodes.length}`,
        undefined,
        { timeout: 60_000, polling: 16 },
      );
      renders.push(Date.now() - started);
    }
    const pane = page.locator(".react-flow__pane");
    const box = (await pane.boundingBox())!;
    // Strings, not functions: tsx would wrap named functions in a helper the page lacks.
    await page.evaluate(`(() => {
      window.__frames = []; window.__recording = true; let last = performance.now();
      const tick = (now) => { window.__frames.push(now - last); last = now; if (window.__recording) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 0; i < 60; i++) await page.mouse.move(box.x + box.width / 2 - i * 8, box.y + box.height / 2 - i * 3);
    await page.mouse.up();
    const frames = (await page.evaluate(`(() => { window.__recording = false; return window.__frames.slice(2); })()`)) as number[];
    rows.push(
      `${String(size).padStart(5)} ${String(journey.edges.length).padStart(6)} | ${`${pct(renders, 0.5)} ms`.padStart(12)} | ${`${(frames.reduce((a, b) => a + b, 0) / frames.length).toFixed(1)} ms`.padStart(12)} | ${`${pct(frames, 0.95).toFixed(1)} ms`.padStart(10)}`,
    );
    await page.close();
  }
  console.log(`Canvas in Chromium ${browser.version()} (headless, software rendering), 1440×900; median of 3 loads\n`);
  console.log("nodes  edges | first render | pan: mean frame | p95 frame");
  for (const row of rows) console.log(row);
} finally {
  await browser.close();
  await app.kill("SIGTERM");
}
