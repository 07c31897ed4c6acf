/**
 * Runtime throughput and latency, on the built app with SQLite (or DATABASE_URL), against
 * the fake 8x8 on loopback. Each inbound webhook starts a run that sends one message.
 * Prints, side by side with a bare route handler measured the same way:
 *   - burst: N webhooks from N contacts on C kept-alive sockets (a lean raw-socket client,
 *     so the shared cores go to the app): messages/s end to end
 *     (webhook sent → message received by 8x8), p50/p99 webhook answer and webhook→send;
 *   - steady: webhooks paced at RATE/s: p50/p99 of both latencies;
 *   - timers: how late delays go off (the timer claimed, and its message at 8x8), for runs
 *     sleeping 2 s during the steady phase, for a burst of 200 after it, and for TIMERS
 *     runs (10,000) whose delays are all due at the same instant;
 *   - CPU per message in each of the app's threads, in this process (load client and
 *     fake 8x8) and, on PostgreSQL, in its server's processes, and the rate 2 cores could
 *     sustain at that cost;
 *   - the app's memory (RSS) and the size of SQLite's WAL file at the end.
 * Run: npm run bench:runtime  (N=2000 C=50 RATE=500 STEADY_SECONDS=5 TIMERS=10000 to change
 *   the load; DATABASE=postgres for a fresh schema at TEST_POSTGRES_URL instead of SQLite;
 *   PROFILE_DIR=dir to write a CPU profile of the app)
 */
import { randomUUID } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { startApp } from "../../e2e/app-process";
import { authHeaders, E2E_WEBHOOK_AUTH } from "../../e2e/workspace-auth.mjs";
import { keepAliveLoad } from "./keep-alive-client";
import { appCpu, postgresCpu, serverPid, type AppCpu } from "./thread-cpu";
import { startFake8x8 } from "../../lib/channels/8x8/fake/fake-8x8-server";
import { databaseTarget } from "../../lib/db/database-target";
import { migrate } from "../../lib/db/migrate";
import { openRawConnection } from "../../lib/db/open-raw-connection";
import { dropTarget, freshTarget } from "../../lib/test/test-databases";
import { timerLateness, WOKE, type Lateness } from "./runtime-timers";

const N = Number(process.env.N ?? 2000);
const C = Number(process.env.C ?? 50);
const RATE = Number(process.env.RATE ?? 500);
const STEADY_SECONDS = Number(process.env.STEADY_SECONDS ?? 5);
const TIMERS = Number(process.env.TIMERS ?? 10_000);
const PORT = 3140;
const POSTGRES = process.env.DATABASE === "postgres";

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
};
const withSchema = (url: string, schema: string) => {
  const parsed = new URL(url);
  parsed.searchParams.set("schema", schema);
  return parsed.toString();
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
  const postgresBefore = POSTGRES ? postgresCpu() : 0;
  return (messages: number) => {
    const app = appCpu(pid);
    const own = process.cpuUsage(ownBefore);
    const per = (seconds: number) => (1000 * seconds) / messages;
    const kinds = Object.fromEntries(Object.entries(app).map(([k, v]) => [k, per(v - appBefore[k as keyof AppCpu])])) as AppCpu;
    const bench = (own.user + own.system) / 1000 / messages;
    const postgres = POSTGRES ? per(postgresCpu() - postgresBefore) : 0;
    return { ...kinds, bench, postgres, total: kinds.request + kinds.runtime + kinds.helpers + bench + postgres };
  };
}

function inbound(msisdn: string, text: string) {
  return JSON.stringify({
    version: 3, namespace: "ChatApps", eventType: "inbound_message_received", description: "ChatApps inbound message",
    payload: { umid: randomUUID(), subAccountId: "Bench", timestamp: new Date().toISOString(), user: { msisdn, channelUserId: `US.${msisdn.slice(1)}`, name: "Bench" }, recipient: { channel: "whatsapp", channelId: "bench" }, type: "Text", content: { text } },
  });
}

type Heap = { heapUsedMb: number; heapTotalMb: number };
type Memory = { rssMb: number; request: Heap; runtime: Heap | null };
const memory = async (): Promise<Memory> => (await fetch(`${app.base}/api/ping`)).json();
const heap = (h: Heap | null) => (h ? `${h.heapUsedMb.toFixed(0)} / ${h.heapTotalMb.toFixed(0)} MB` : "in-process");
const memoryRow = (label: string, m: Memory) => `${label.padEnd(30)}| ${`${m.rssMb} MB`.padEnd(7)}| ${heap(m.request).padEnd(38)}| ${heap(m.runtime)}`;

const burst = (url: string, bodies: string[]) => keepAliveLoad(url, bodies, { concurrency: C, authorization: E2E_WEBHOOK_AUTH });
const paced = (url: string, bodies: string[], rate: number) => keepAliveLoad(url, bodies, { concurrency: C, rate, authorization: E2E_WEBHOOK_AUTH });

/** p50 / p99 / max of a lateness, and how many timers it counts. */
const late = (values: number[]) => `p50 ${ms(pct(values, 0.5))}, p99 ${ms(pct(values, 0.99))}, max ${ms(Math.max(...values))}`;
const latenessRows = (label: string, lateness: Lateness) =>
  `${label} (${lateness.armed} timers)\n  timer claimed             | ${late(lateness.fired)}\n  its message at 8x8        | ${late(lateness.sent)}`;

// scripts/e2e-server.mjs keeps a SQLite database in data/e2e-<port>.db, made afresh.
const sqliteFile = path.resolve(import.meta.dirname, `../../data/e2e-${PORT}.db`);
const target = POSTGRES ? freshTarget("postgres") : databaseTarget(`file:${sqliteFile}`);
const postgresUrl = target.provider === "postgres" ? withSchema(target.url, target.schema) : null;
if (target.provider === "postgres") await migrate(target);
const fake = await startFake8x8({ apiKey: "bench-key", subAccountId: "Bench" });
const app = await startApp(PORT, { BENCHMARK_ROUTES: "1", EIGHTX8_API_BASE_URL: fake.url, EIGHTX8_API_KEY: "bench-key", EIGHTX8_SUBACCOUNT_ID: "Bench", ...(postgresUrl && { E2E_DATABASE_URL: postgresUrl }), ...(process.env.INSIGHTS_ROLLUP && { INSIGHTS_ROLLUP: process.env.INSIGHTS_ROLLUP }) });
const sql = await openRawConnection(target);
try {
  const journey = {
    schema: "journey/v1", name: "Bench echo",
    nodes: [
      { id: "t", type: "trigger.inbound", position: { x: 0, y: 0 }, data: { match: "startsWith", keywords: ["bench"] } },
      { id: "m", type: "message", position: { x: 300, y: 0 }, data: { message: { kind: "text", text: "Got it: {{ reply.text }}" } } },
      { id: "later", type: "trigger.inbound", position: { x: 0, y: 200 }, data: { match: "startsWith", keywords: ["sleep"] } },
      { id: "d", type: "delay", position: { x: 300, y: 200 }, data: { seconds: 2 } },
      { id: "woke", type: "message", position: { x: 600, y: 200 }, data: { message: { kind: "text", text: WOKE } } },
      // "wake 2026-11-29T18:00:00.000Z": sleeps until the time the message names.
      { id: "at", type: "trigger.inbound", position: { x: 0, y: 400 }, data: { match: "startsWith", keywords: ["wake"] } },
      { id: "until", type: "delay", position: { x: 300, y: 400 }, data: { until: "{{ reply.text | remove_first: 'wake ' }}" } },
    ],
    edges: [
      { id: "e1", source: "t", sourceHandle: "next", target: "m" }, { id: "e2", source: "later", sourceHandle: "next", target: "d" }, { id: "e3", source: "d", sourceHandle: "next", target: "woke" },
      { id: "e4", source: "at", sourceHandle: "next", target: "until" }, { id: "e5", source: "until", sourceHandle: "next", target: "woke" },
    ],
  };
  const { journey: created } = await (await fetch(`${app.base}/api/journeys/import`, { method: "POST", headers: { "Content-Type": "application/json", ...authHeaders }, body: JSON.stringify(journey) })).json();
  await fetch(`${app.base}/api/journeys/${created.id}/publish`, { method: "POST", headers: authHeaders });
  await new Promise((r) => setTimeout(r, 1500));
  const memoryStart = await memory();

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
  // Every tenth contact sleeps 2 s instead: their delays go off while the load goes on.
  const sleepsInSteady = (i: number) => i % 10 === 5;
  const steady = await paced(`${app.base}/api/webhooks/8x8`, steadyContacts.map((c, i) => inbound(c, sleepsInSteady(i) ? "sleep" : "bench steady")), RATE);
  const steadyDelivered = await fake.waitForMessages(steadyCount, 120_000);
  const steadyAt = new Map(steadyDelivered.map((m) => [m.user.msisdn, m.at]));
  const steadyToSend = steadyContacts.flatMap((c, i) => (sleepsInSteady(i) ? [] : [steadyAt.get(c)! - steady.sentAt[i]]));
  const steadyTimers = await timerLateness(sql, steadyDelivered);
  const ceilingSteady = await paced(`${app.base}/api/ping`, steadyContacts.map(() => "{}"), RATE);

  fake.reset();
  const sleepers = Array.from({ length: 200 }, (_, i) => `+1777${String(i).padStart(7, "0")}`);
  await burst(`${app.base}/api/webhooks/8x8`, sleepers.map((c) => inbound(c, "sleep")));
  const burstTimers = await timerLateness(sql, await fake.waitForMessages(200, 60_000));
  const memoryBefore = await memory();

  // All due at one instant, far enough ahead for the app to have armed every one by then
  // (at 70 % of the rate it answered the burst's webhooks).
  fake.reset();
  const wakeAt = new Date(Date.now() + (TIMERS / (0.7 * (N / run.seconds))) * 1000 + 3000);
  const wakers = Array.from({ length: TIMERS }, (_, i) => `+1888${String(i).padStart(7, "0")}`);
  await burst(`${app.base}/api/webhooks/8x8`, wakers.map((c) => inbound(c, `wake ${wakeAt.toISOString()}`)));
  const armed = async () => Number((await sql.query<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "Timer" WHERE "dueAt" = $1`, [wakeAt]))[0].n);
  let armedBefore = await armed();
  while (armedBefore < TIMERS && Date.now() < wakeAt.getTime() - 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    armedBefore = await armed();
  }
  const spare = wakeAt.getTime() - Date.now();
  const sameSecond = await timerLateness(sql, await fake.waitForMessages(TIMERS, 600_000));
  const lastSent = Math.max(...sameSecond.sent);
  const memoryAfter = await memory();

  const e2eRate = N / endToEndSeconds;
  const ceilingRate = N / ceiling.seconds;
  console.log(`Journey Studio runtime benchmark · ${POSTGRES ? "PostgreSQL" : "SQLite"} · N=${N} C=${C} · Insights roll-up ${process.env.INSIGHTS_ROLLUP ?? "on"} · node ${process.version}\n`);
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
    if (POSTGRES) cpuRow("PostgreSQL's processes", "postgres");
    cpuRow("total", "total");
    console.log(`2 cores at this cost         | ${`${(2000 / ceilingPerMessage.total).toFixed(0)}/s`.padStart(20)} | ${`${(2000 / runPerMessage.total).toFixed(0)}/s`.padStart(10)}`);
  }
  console.log(`\nsteady ${RATE}/s for ${STEADY_SECONDS} s`);
  console.log(`answer p50 / p99             | ${`${ms(pct(ceilingSteady.answers, 0.5))} / ${ms(pct(ceilingSteady.answers, 0.99))}`.padStart(20)} | ${ms(pct(steady.answers, 0.5))} / ${ms(pct(steady.answers, 0.99))}`);
  console.log(`webhook → send p50 / p99     | ${"".padStart(20)} | ${ms(pct(steadyToSend, 0.5))} / ${ms(pct(steadyToSend, 0.99))}`);
  console.log(`\ntimers, late by                | (from each timer's dueAt)`);
  console.log(latenessRows("runs sleeping 2 s within the steady phase", steadyTimers));
  console.log(latenessRows("a burst of 200 runs sleeping 2 s", burstTimers));
  console.log(latenessRows(`${TIMERS} runs sleeping until the same instant`, sameSecond));
  console.log(`  ${armedBefore === TIMERS ? `all armed ${(spare / 1000).toFixed(1)} s before they were due` : `only ${armedBefore} armed by the time they were due`}; all ${TIMERS} messages at 8x8 ${ms(lastSent)} after it: ${((1000 * TIMERS) / lastSent).toFixed(0)} woken runs/s`);
  console.log(`\napp memory                    | RSS    | request thread heap (used / reserved) | runtime thread heap`);
  console.log(memoryRow("idle, after start", memoryStart));
  console.log(memoryRow(`before the ${TIMERS} timers`, memoryBefore));
  console.log(memoryRow("after the run", memoryAfter));
  const wal = `${sqliteFile}-wal`;
  if (!POSTGRES && existsSync(wal)) console.log(`SQLite WAL file after the run: ${(statSync(wal).size / 2 ** 20).toFixed(1)} MB`);
} finally {
  await app.kill("SIGTERM");
  await fake.close();
  await sql.close();
  if (target.provider === "postgres") await dropTarget(target);
}
