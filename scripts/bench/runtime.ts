/**
 * Runtime throughput and latency, on the built app with SQLite (or DATABASE_URL), against
 * the fake 8x8 on loopback. Each inbound webhook starts a run that sends one message.
 * Prints, side by side with a bare route handler measured the same way:
 *   - burst: N webhooks from N contacts on C kept-alive sockets (a lean raw-socket client,
 *     so the shared cores go to the app): messages/s end to end
 *     (webhook sent → message received by 8x8), p50/p99 webhook answer and webhook→send;
 *   - steady: webhooks paced at RATE/s: p50/p99 of both latencies;
 *   - timers: runs that sleep 2 s, how late their message goes out;
 *   - CPU per message in each of the app's threads and in this process (load client and
 *     fake 8x8), and the rate 2 cores could sustain at that cost;
 *   - the app's memory (RSS) and the size of SQLite's WAL file at the end.
 * Run: npm run bench:runtime  (N=2000 C=50 RATE=500 STEADY_SECONDS=5 to change the load;
 *   PROFILE_DIR=dir to write a CPU profile of the app)
 */
import { randomUUID } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { startApp } from "../../e2e/app-process";
import { authHeaders } from "../../e2e/workspace-auth.mjs";
import { keepAliveLoad } from "./keep-alive-client";
import { appCpu, serverPid, type AppCpu } from "./thread-cpu";
import { startFake8x8 } from "../../lib/channels/8x8/fake/fake-8x8-server";

const N = Number(process.env.N ?? 2000);
const C = Number(process.env.C ?? 50);
const RATE = Number(process.env.RATE ?? 500);
const STEADY_SECONDS = Number(process.env.STEADY_SECONDS ?? 5);
const PORT = 3140;

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
};
const ms = (v: number) => `${v.toFixed(1)} ms`;

/**
 * CPU used since `cpuMeter()` was called, per message, in ms: each app thread kind and
 * this process; null without /proc (not Linux), where threads cannot be told apart.
 */
function cpuMeter(pid: number | null) {
  if (pid === null) return () => null;
  const appBefore = appCpu(pid);
  const ownBefore = process.cpuUsage();
  return (messages: number) => {
    const app = appCpu(pid);
    const own = process.cpuUsage(ownBefore);
    const per = (seconds: number) => (1000 * seconds) / messages;
    const kinds = Object.fromEntries(Object.entries(app).map(([k, v]) => [k, per(v - appBefore[k as keyof AppCpu])])) as AppCpu;
    const bench = (own.user + own.system) / 1000 / messages;
    return { ...kinds, bench, total: kinds.request + kinds.runtime + kinds.helpers + bench };
  };
}

function inbound(msisdn: string, text: string) {
  return JSON.stringify({
    version: 3, namespace: "ChatApps", eventType: "inbound_message_received", description: "ChatApps inbound message",
    payload: { umid: randomUUID(), subAccountId: "Bench", timestamp: new Date().toISOString(), user: { msisdn, channelUserId: `US.${msisdn.slice(1)}`, name: "Bench" }, recipient: { channel: "whatsapp", channelId: "bench" }, type: "Text", content: { text } },
  });
}

const burst = (url: string, bodies: string[]) => keepAliveLoad(url, bodies, { concurrency: C });
const paced = (url: string, bodies: string[], rate: number) => keepAliveLoad(url, bodies, { concurrency: C, rate });

const fake = await startFake8x8({ apiKey: "bench-key", subAccountId: "Bench" });
const app = await startApp(PORT, { BENCHMARK_ROUTES: "1", EIGHTX8_API_BASE_URL: fake.url, EIGHTX8_API_KEY: "bench-key", EIGHTX8_SUBACCOUNT_ID: "Bench", ...(process.env.DATABASE_URL && { DATABASE_URL: process.env.DATABASE_URL }), ...(process.env.INSIGHTS_ROLLUP && { INSIGHTS_ROLLUP: process.env.INSIGHTS_ROLLUP }) });
try {
  const journey = {
    schema: "journey/v1", name: "Bench echo",
    nodes: [
      { id: "t", type: "trigger.inbound", position: { x: 0, y: 0 }, data: { match: "startsWith", keywords: ["bench"] } },
      { id: "m", type: "message", position: { x: 300, y: 0 }, data: { message: { kind: "text", text: "Got it: {{ reply.text }}" } } },
      { id: "later", type: "trigger.inbound", position: { x: 0, y: 200 }, data: { match: "startsWith", keywords: ["sleep"] } },
      { id: "d", type: "delay", position: { x: 300, y: 200 }, data: { seconds: 2 } },
      { id: "woke", type: "message", position: { x: 600, y: 200 }, data: { message: { kind: "text", text: "Woke up" } } },
    ],
    edges: [{ id: "e1", source: "t", sourceHandle: "next", target: "m" }, { id: "e2", source: "later", sourceHandle: "next", target: "d" }, { id: "e3", source: "d", sourceHandle: "next", target: "woke" }],
  };
  const { journey: created } = await (await fetch(`${app.base}/api/journeys/import`, { method: "POST", headers: { "Content-Type": "application/json", ...authHeaders }, body: JSON.stringify(journey) })).json();
  await fetch(`${app.base}/api/journeys/${created.id}/publish`, { method: "POST", headers: authHeaders });
  await new Promise((r) => setTimeout(r, 1500));

  // Warm up both routes (JIT, connection pool, compiled journey).
  await burst(`${app.base}/api/ping`, Array.from({ length: 300 }, () => "{}"));
  await burst(`${app.base}/api/webhooks/8x8`, Array.from({ length: 300 }, (_, i) => inbound(`+1999${String(i).padStart(7, "0")}`, "bench warm")));
  await fake.waitForMessages(300, 60_000);
  fake.reset();

  const pid = existsSync("/proc/self/task") ? serverPid(app.pid) : null;
  const ceilingCpu = cpuMeter(pid);
  const ceiling = await burst(`${app.base}/api/ping`, Array.from({ length: N }, () => inbound("+10000000000", "x")));
  const ceilingPerMessage = ceilingCpu(N);

  const contacts = Array.from({ length: N }, (_, i) => `+1555${String(i).padStart(7, "0")}`);
  const started = Date.now();
  const runCpu = cpuMeter(pid);
  const run = await burst(`${app.base}/api/webhooks/8x8`, contacts.map((c) => inbound(c, "bench burst")));
  const delivered = await fake.waitForMessages(N, 300_000);
  const runPerMessage = runCpu(N);
  const endToEndSeconds = (Math.max(...delivered.map((m) => m.at)) - started) / 1000;
  const sendAt = new Map(delivered.map((m) => [m.user.msisdn, m.at]));
  const toSend = contacts.map((c, i) => sendAt.get(c)! - run.sentAt[i]);

  fake.reset();
  const steadyCount = RATE * STEADY_SECONDS;
  const steadyContacts = Array.from({ length: steadyCount }, (_, i) => `+1666${String(i).padStart(7, "0")}`);
  const steady = await paced(`${app.base}/api/webhooks/8x8`, steadyContacts.map((c) => inbound(c, "bench steady")), RATE);
  const steadyDelivered = await fake.waitForMessages(steadyCount, 120_000);
  const steadyAt = new Map(steadyDelivered.map((m) => [m.user.msisdn, m.at]));
  const steadyToSend = steadyContacts.map((c, i) => steadyAt.get(c)! - steady.sentAt[i]);
  const ceilingSteady = await paced(`${app.base}/api/ping`, steadyContacts.map(() => "{}"), RATE);

  fake.reset();
  const sleepers = Array.from({ length: 200 }, (_, i) => `+1777${String(i).padStart(7, "0")}`);
  const sleptAt = Date.now();
  await burst(`${app.base}/api/webhooks/8x8`, sleepers.map((c) => inbound(c, "sleep")));
  const woke = await fake.waitForMessages(200, 60_000);
  const lateness = woke.map((m) => m.at - (sleptAt + 2000));
  const health = await (await fetch(`${app.base}/api/health`)).json();

  const e2eRate = N / endToEndSeconds;
  const ceilingRate = N / ceiling.seconds;
  console.log(`Journey Studio runtime benchmark · ${process.env.DATABASE_URL?.startsWith("postgres") ? "PostgreSQL" : "SQLite"} · N=${N} C=${C} · Insights roll-up ${process.env.INSIGHTS_ROLLUP ?? "on"} · node ${process.version}\n`);
  console.log("burst                        | bare route (ceiling) | webhook → journey → 8x8");
  console.log(`requests/s answered          | ${ceilingRate.toFixed(0).padStart(20)} | ${(N / run.seconds).toFixed(0).padStart(10)}`);
  console.log(`messages/s end to end        | ${"".padStart(20)} | ${e2eRate.toFixed(0).padStart(10)}  (${((100 * e2eRate) / ceilingRate).toFixed(0)} % of the bare route)`);
  console.log(`answer p50 / p99             | ${`${ms(pct(ceiling.answers, 0.5))} / ${ms(pct(ceiling.answers, 0.99))}`.padStart(20)} | ${ms(pct(run.answers, 0.5))} / ${ms(pct(run.answers, 0.99))}`);
  console.log(`webhook → send p50 / p99     | ${"".padStart(20)} | ${ms(pct(toSend, 0.5))} / ${ms(pct(toSend, 0.99))}`);
  if (ceilingPerMessage && runPerMessage) {
    console.log(`\nCPU per message, burst       | ${"bare route".padStart(20)} | webhook → journey → 8x8`);
    const cpuMs = (v: number) => `${v.toFixed(2)} ms`;
    const cpuRow = (label: string, key: keyof typeof ceilingPerMessage) => console.log(`${label.padEnd(29)}| ${cpuMs(ceilingPerMessage[key]).padStart(20)} | ${cpuMs(runPerMessage[key]).padStart(10)}`);
    cpuRow("request thread", "request");
    cpuRow("runtime thread", "runtime");
    cpuRow("V8 and libuv helper threads", "helpers");
    cpuRow("load client and fake 8x8", "bench");
    cpuRow("total", "total");
    console.log(`2 cores at this cost         | ${`${(2000 / ceilingPerMessage.total).toFixed(0)}/s`.padStart(20)} | ${`${(2000 / runPerMessage.total).toFixed(0)}/s`.padStart(10)}`);
  }
  console.log(`\nsteady ${RATE}/s for ${STEADY_SECONDS} s`);
  console.log(`answer p50 / p99             | ${`${ms(pct(ceilingSteady.answers, 0.5))} / ${ms(pct(ceilingSteady.answers, 0.99))}`.padStart(20)} | ${ms(pct(steady.answers, 0.5))} / ${ms(pct(steady.answers, 0.99))}`);
  console.log(`webhook → send p50 / p99     | ${"".padStart(20)} | ${ms(pct(steadyToSend, 0.5))} / ${ms(pct(steadyToSend, 0.99))}`);
  console.log(`\ntimers: 200 runs sleeping 2 s, late by p50 ${ms(pct(lateness, 0.5))}, p99 ${ms(pct(lateness, 0.99))}, max ${ms(Math.max(...lateness))}`);
  console.log(`app memory (RSS) after the run: ${health.rssMb} MB`);
  // scripts/e2e-server.mjs keeps the database in data/e2e-<port>.db.
  const wal = path.resolve(import.meta.dirname, `../../data/e2e-${PORT}.db-wal`);
  if (!process.env.DATABASE_URL && existsSync(wal)) console.log(`SQLite WAL file after the run: ${(statSync(wal).size / 2 ** 20).toFixed(1)} MB`);
} finally {
  await app.kill("SIGTERM");
  await fake.close();
}
