/**
 * How the built app drains its replies when 8x8 misbehaves. N contacts each write once;
 * each run replies with REPLIES messages (2 by default, so that order is checked too). FAIL_RATE of all send attempts fail, evenly spread
 * over 429 with Retry-After 1, 500, 503, a hang (no answer) and a reset connection.
 * Prints how long after the last webhook the last reply was accepted, how long replies
 * waited (webhook answered → 8x8 accepted), and checks exactly once and in order.
 * Run: npm run bench:flaky  (N=1000 REPLIES=2 FAIL_RATE=0.3; DATABASE_URL=postgresql://… for PostgreSQL)
 */
import { randomUUID } from "node:crypto";
import { startApp } from "../../e2e/app-process";
import { authHeaders, E2E_WEBHOOK_AUTH } from "../../e2e/workspace-auth.mjs";
import { startFake8x8 } from "../../lib/channels/8x8/fake/fake-8x8-server";
import { keepAliveLoad } from "./keep-alive-client";

const N = Number(process.env.N ?? 1000);
const FAIL_RATE = Number(process.env.FAIL_RATE ?? 0.3);
const REPLIES = Number(process.env.REPLIES ?? 2);
const texts = Array.from({ length: REPLIES }, (_, i) => `reply ${i + 1}`);
const PORT = 3141;

const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))] ?? NaN;
const s = (v: number) => `${(v / 1000).toFixed(1)} s`;

const inbound = (msisdn: string) =>
  JSON.stringify({
    version: 3, eventType: "inbound_message_received",
    payload: { umid: randomUUID(), user: { msisdn, name: "Flaky" }, type: "Text", content: { text: "flaky please" } },
  });

const fake = await startFake8x8({ apiKey: "bench-key", subAccountId: "Bench" });
const app = await startApp(PORT, { EIGHTX8_API_BASE_URL: fake.url, EIGHTX8_API_KEY: "bench-key", EIGHTX8_SUBACCOUNT_ID: "Bench", ...(process.env.DATABASE_URL && { DATABASE_URL: process.env.DATABASE_URL }) });
try {
  const ids = ["t", ...texts.map((_, i) => `m${i + 1}`)];
  const journey = {
    schema: "journey/v1", name: "Replies",
    nodes: [
      { id: "t", type: "trigger.inbound", position: { x: 0, y: 0 }, data: { match: "startsWith", keywords: ["flaky"] } },
      ...texts.map((text, i) => ({ id: ids[i + 1], type: "message", position: { x: 300 * (i + 1), y: 0 }, data: { message: { kind: "text", text } } })),
    ],
    edges: texts.map((_, i) => ({ id: `e${i}`, source: ids[i], sourceHandle: "next", target: ids[i + 1] })),
  };
  const { journey: created } = await (await fetch(`${app.base}/api/journeys/import`, { method: "POST", headers: { "Content-Type": "application/json", ...authHeaders }, body: JSON.stringify(journey) })).json();
  await fetch(`${app.base}/api/journeys/${created.id}/publish`, { method: "POST", headers: authHeaders });

  fake.failRandomly(FAIL_RATE, [{ status: 429, retryAfter: 1 }, { status: 500 }, { status: 503 }, { hang: true }, { reset: true }]);
  const contacts = Array.from({ length: N }, (_, i) => `+1555${String(i).padStart(7, "0")}`);
  const load = await keepAliveLoad(`${app.base}/api/webhooks/8x8`, contacts.map(inbound), { concurrency: 50, authorization: E2E_WEBHOOK_AUTH });
  const lastWebhook = Math.max(...load.sentAt.map((at, i) => at + load.answers[i]));
  const accepted = await fake.waitForMessages(REPLIES * N, 600_000);

  const byContact = new Map<string, typeof accepted>();
  for (const m of accepted) byContact.set(m.user.msisdn!, [...(byContact.get(m.user.msisdn!) ?? []), m]);
  const index = new Map(contacts.map((c, i) => [c, i]));
  const waits = accepted.map((m) => m.at - load.sentAt[index.get(m.user.msisdn!)!]);
  const duplicates = accepted.length - new Set(accepted.map((m) => m.clientMessageId)).size;
  const outOfOrder = [...byContact.values()].filter((ms) => ms.map((m) => (m.content as { text: string }).text).join() !== texts.join()).length;
  const drained = Math.max(...accepted.map((m) => m.at)) - lastWebhook;

  console.log(`Journey Studio, a flaky 8x8 · ${process.env.DATABASE_URL?.startsWith("postgres") ? "PostgreSQL" : "SQLite"} · ${N} contacts × ${REPLIES} ${REPLIES === 1 ? "reply" : "replies"} · ${Math.round(FAIL_RATE * 100)} % of sends fail (429 Retry-After 1, 500, 503, hang, reset)\n`);
  console.log(`drained after the last webhook   ${s(drained)}`);
  console.log(`reply waited p50 / p95 / max     ${s(pct(waits, 0.5))} / ${s(pct(waits, 0.95))} / ${s(Math.max(...waits))}`);
  console.log(`accepted by 8x8                  ${accepted.length} of ${REPLIES * N}; duplicates ${duplicates}; contacts out of order ${outOfOrder}`);
} finally {
  fake.failRandomly(0, []);
  await app.kill("SIGTERM");
  await fake.close();
}
