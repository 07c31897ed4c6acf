/**
 * Preview latency on the built app: the time from the person's tap to the journey's answer
 * in the pane. Runs CONVERSATIONS booking conversations (5 turns each, HTTP steps mocked so
 * the figure is the engine's, not a backend's) and prints, next to a bare route handler:
 *   - turn: p50/p99 of a command's round trip (POST → snapshot with the answer);
 *   - stream: p50/p99 from sending a turn to its answer arriving over server-sent events.
 * Run: npm run bench:preview  (CONVERSATIONS=100)
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { startApp } from "../../e2e/app-process";
import { authHeaders } from "../../e2e/workspace-auth.mjs";

const CONVERSATIONS = Number(process.env.CONVERSATIONS ?? 100);
const PORT = 3150;
const booking = JSON.parse(readFileSync(path.join(import.meta.dirname, "../../lib/journey/samples/appointment-booking.json"), "utf8"));
const SLOTS = { slots: [{ id: "s1", day: "Mon", time: "09:00", dentist: "Dr Lee" }] };
const TURNS = [
  { type: "send", reply: { type: "text", text: "book" } },
  { type: "send", reply: { type: "list", id: "checkup", title: "Check-up" } },
  { type: "send", reply: { type: "list", id: "s1", title: "Mon 09:00" } },
  { type: "send", reply: { type: "button", id: "confirm", title: "Yes, book it" } },
  { type: "restart" },
];

const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))];
const row = (name: string, values: number[]) => console.log(`${name.padEnd(38)} p50 ${pct(values, 0.5).toFixed(1).padStart(6)} ms   p99 ${pct(values, 0.99).toFixed(1).padStart(6)} ms   (${values.length})`);

async function post(url: string, body: unknown) {
  const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json", ...authHeaders }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return response.json() as Promise<{ id: string; revision: number; messages: unknown[] }>;
}

/** Revisions as they arrive on the preview's event stream, with their arrival time. */
async function follow(base: string, id: string, arrivals: Map<number, number>, signal: AbortSignal) {
  const response = await fetch(`${base}/api/previews/${id}/stream`, { signal, headers: authHeaders });
  const reader = response.body!.getReader();
  let buffer = "";
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += new TextDecoder().decode(value);
        for (const match of buffer.matchAll(/^id: (\d+)$/gm)) arrivals.set(Number(match[1]), performance.now());
        buffer = buffer.slice(buffer.lastIndexOf("\n\n") + 2);
      }
    } catch {
      // Aborted at the end of the conversation.
    }
  })();
}

const app = await startApp(PORT, { RUNTIME_DISABLED: "1", BENCHMARK_ROUTES: "1" });
try {
  const bare: number[] = [];
  for (let i = 0; i < CONVERSATIONS * TURNS.length; i++) {
    const started = performance.now();
    await (await fetch(`${app.base}/api/ping`, { method: "POST" })).text();
    bare.push(performance.now() - started);
  }
  const turns: number[] = [];
  const streamed: number[] = [];
  for (let c = 0; c < CONVERSATIONS; c++) {
    const opened = await post(`${app.base}/api/previews`, { journeyId: "bench", document: booking });
    for (const nodeId of ["fetch_slots", "book"]) {
      await post(`${app.base}/api/previews/${opened.id}/commands`, { type: "setMock", nodeId, mock: { status: 200, body: nodeId === "book" ? { reference: "BK-1" } : SLOTS } });
    }
    const arrivals = new Map<number, number>();
    const stop = new AbortController();
    await follow(app.base, opened.id, arrivals, stop.signal);
    for (const turn of TURNS) {
      const started = performance.now();
      const answer = await post(`${app.base}/api/previews/${opened.id}/commands`, { ...turn, document: booking });
      turns.push(performance.now() - started);
      for (let wait = 0; !arrivals.has(answer.revision) && wait < 200; wait++) await new Promise((r) => setTimeout(r, 5));
      if (arrivals.has(answer.revision)) streamed.push(arrivals.get(answer.revision)! - started);
    }
    stop.abort();
    await fetch(`${app.base}/api/previews/${opened.id}`, { method: "DELETE", headers: authHeaders });
  }
  console.log(`\nPreview latency, ${CONVERSATIONS} booking conversations × ${TURNS.length} turns (draft sent with each turn)\n`);
  row("bare route (POST /api/ping)", bare);
  row("turn: command → snapshot", turns);
  row("turn: command → answer on the stream", streamed);
  const health = await (await fetch(`${app.base}/api/health`)).json();
  console.log(`\napp RSS at the end: ${health.rssMb} MB`);
} finally {
  await app.kill();
}
