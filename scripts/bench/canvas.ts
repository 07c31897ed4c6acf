/**
 * Editor speed in Chromium: for generated journeys of 100, 500 and 2,000 nodes (and a
 * 1-node journey as the baseline), the time from navigation to the opening view drawn
 * (the trigger and the minimap; only nodes in view are rendered), and frame times
 * (requestAnimationFrame deltas) while dragging a node and while panning the pane.
 * Run: npm run bench:canvas
 */
import { chromium, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../../e2e/chromium.mjs";
import { startApp } from "../../e2e/app-process";
import { authHeaders, signIn } from "../../e2e/workspace-auth.mjs";
import { generateJourney } from "../../lib/journey/generate-journey";

const PORT = 3170;
const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))] ?? NaN;

/** Frame times while the mouse drags from `start` along `offset(i)` for 60 moves. */
async function framesDuring(page: Page, start: { x: number; y: number }, offset: (i: number) => { x: number; y: number }) {
  // Strings, not functions: tsx would wrap named functions in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__frames = []; window.__recording = true; let last = performance.now();
    const tick = (now) => { window.__frames.push(now - last); last = now; if (window.__recording) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(start.x + offset(i).x, start.y + offset(i).y);
  await page.mouse.up();
  return (await page.evaluate(`(() => { window.__recording = false; return window.__frames.slice(2); })()`)) as number[];
}

const app = await startApp(PORT, {});
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const rows: string[] = [];
  const sizes = (process.env.BENCH_SIZES ?? "1,100,500,2000").split(",").map(Number);
  for (const size of sizes) {
    const journey = size === 1 ? { schema: "journey/v1", name: "Baseline", nodes: [{ id: "trigger", type: "trigger.inbound", position: { x: 0, y: 0 }, data: {} }], edges: [] } : generateJourney(size);
    const created = await (await fetch(`${app.base}/api/journeys/import`, { method: "POST", headers: { "Content-Type": "application/json", ...authHeaders }, body: JSON.stringify(journey) })).json();
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.context().addCookies(await signIn(app.base));
    const renders: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const started = Date.now();
      await page.goto(`${app.base}/journeys/${created.journey.id}`);
      // A function, not a string: the app's CSP forbids eval, which a string predicate needs.
      await page.waitForFunction(
        (count) => document.querySelector('[data-testid="node-trigger"]') && document.querySelector<HTMLElement>('[data-testid="minimap"]')?.dataset.nodes === String(count),
        journey.nodes.length,
        { timeout: 60_000, polling: 16 },
      );
      renders.push(Date.now() - started);
    }
    const node = (await page.getByTestId("node-trigger").boundingBox())!;
    const drag = await framesDuring(page, { x: node.x + node.width / 2, y: node.y + 12 }, (i) => ({ x: i * 4, y: i * 2 }));
    const pane = (await page.locator(".react-flow__pane").boundingBox())!;
    const pan = await framesDuring(page, { x: pane.x + pane.width * 0.6, y: pane.y + pane.height * 0.8 }, (i) => ({ x: -i * 8, y: -i * 3 }));
    const mean = (frames: number[]) => `${(frames.reduce((a, b) => a + b, 0) / frames.length).toFixed(1)} ms`;
    rows.push(
      `${String(size).padStart(5)} ${String(journey.edges.length).padStart(6)} | ${`${pct(renders, 0.5)} ms`.padStart(12)} | ${mean(drag).padStart(16)} | ${`${pct(drag, 0.95).toFixed(1)} ms`.padStart(9)} | ${mean(pan).padStart(15)} | ${`${pct(pan, 0.95).toFixed(1)} ms`.padStart(9)}`,
    );
    await page.close();
  }
  console.log(`Canvas in Chromium ${browser.version()} (headless, software rendering), 1440×900; median of 3 loads\n`);
  console.log("nodes  edges | first render | drag: mean frame | drag p95 | pan: mean frame |   pan p95");
  for (const row of rows) console.log(row);
} finally {
  await browser.close();
  await app.kill("SIGTERM");
}
