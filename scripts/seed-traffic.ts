/**
 * Realistic traffic for trying Insights: `npm run seed:traffic` (CUSTOMERS=800, DAYS=14).
 *
 * Publishes the appointment-booking sample if it is not live yet, then plays customers
 * through it over the past DAYS days, through the real runtime (lanes, steps, timers,
 * outbox) with its clock set to each moment, and sends through an in-process fake 8x8 that
 * refuses a few messages like 8x8 does. The clinic's API answers in-process too, sometimes
 * with an error. Insights' roll-up runs as in the app, so the journey's figures are there
 * when the app starts (`npm start`, or refresh the editor if it runs).
 */
import { startFake8x8 } from "../lib/channels/8x8/fake/fake-8x8-server";
import { inboundEvent } from "../lib/channels/8x8/fake/inbound-event";
import { inboundMessageEvent } from "../lib/whatsapp/webhook-schema";
import { getDb } from "../lib/db/client";
import { sqlOf } from "../lib/db/sql-of";
import { fireDueTimers } from "../lib/engine/fire-timers";
import { ingestMessage } from "../lib/engine/ingest-webhook";
import { createRuntime } from "../lib/engine/runtime";
import { rollUpInsights } from "../lib/insights/roll-up-insights";
import { journeyDocumentSchema } from "../lib/journey/document-schema";
import { sampleJourneys } from "../lib/journey/samples";
import { journeyStore } from "../lib/journeys/journey-store";
import type { HttpCall } from "../lib/http/http-call";

const CUSTOMERS = Number(process.env.CUSTOMERS ?? 800);
const DAYS = Number(process.env.DAYS ?? 14);
const MINUTE = 60_000;
const names = ["Ana", "Ben", "Chloé", "Dev", "Emeka", "Fatima", "Gus", "Hana", "Ivan", "Jane", "Kofi", "Lena", "Mei", "Noor", "Omar", "Priya"];

const db = await getDb();
const sql = await sqlOf(db);
const store = journeyStore(db);
const sample = journeyDocumentSchema.parse(sampleJourneys[0]);
const journey = (await store.list()).find((j) => j.name === sample.name) ?? (await store.create(sample));
if (!journey.publishedVersion) await store.publish(journey.id);

const fake = await startFake8x8({ apiKey: "seed-key", subAccountId: "Seed_WhatsApp", webhookUrl: "http://127.0.0.1:9/" });
fake.failRandomly(0.02, [{ status: 400, code: 1022, message: "Message window expired" }, { status: 400, code: 1013, message: "Recipient not on WhatsApp" }]);
let clock = new Date();
const runtime = createRuntime(sql, {
  eightByEight: { baseUrl: fake.url, apiKey: "seed-key", subAccountId: "Seed_WhatsApp" },
  now: () => clock,
  http: async (call: HttpCall) => clinic(call),
});

/** Customers arrive over the days, more by day than by night. */
const starts = Array.from({ length: CUSTOMERS }, () => {
  const day = Math.floor(Math.random() * DAYS);
  const hour = 8 + Math.round(Math.abs(gaussian()) * 4 + Math.random() * 6);
  return Date.now() - (day + 1) * 86_400_000 + hour * 3_600_000 + Math.random() * 3_600_000;
}).sort((a, b) => a - b);

let done = 0;
for (const [i, start] of starts.entries()) {
  clock = new Date(Math.min(start, Date.now() - 5 * MINUTE));
  await converse(`+1555${String(7000000 + i)}`);
  if (++done % 50 === 0) {
    await runtime.wakeDispatcher();
    await rollUpInsights(sql, runtime.deps.cache.version);
    process.stdout.write(`\r${done}/${CUSTOMERS} customers`);
  }
}
await runtime.wakeDispatcher();
while ((await rollUpInsights(sql, runtime.deps.cache.version)) > 0);
await fake.close();
console.log(`\nPlayed ${CUSTOMERS} customers through "${journey.name}" over ${DAYS} days. Open it and press Insights.`);
process.exit(0);

async function converse(msisdn: string) {
  const say = async (what: { text?: string; listId?: string; buttonId?: string }, thinkMinutes: number) => {
    clock = new Date(clock.getTime() + Math.max(3000, lognormal(thinkMinutes) * MINUTE));
    const event = inboundMessageEvent.parse(inboundEvent({ msisdn, name: names[Math.floor(Math.random() * names.length)] }, what, { at: clock, subAccountId: "Seed_WhatsApp" }));
    const { contactId } = await ingestMessage(db, event);
    if (contactId) await runtime.kick(contactId);
  };
  const silence = async () => {
    clock = new Date(clock.getTime() + 3 * 3_600_000);
    for (const contactId of await fireDueTimers(sql, clock)) await runtime.kick(contactId);
  };
  await say({ text: "Hi, I'd like to book an appointment" }, 0.1);
  const roll = Math.random();
  if (roll < 0.12) return silence();
  if (roll < 0.2) await say({ text: "how much is it?" }, 1);
  await say({ listId: pick(["checkup", "checkup", "whitening", "consult"]) }, 0.6);
  if (Math.random() < 0.15) return silence();
  await say({ listId: "s1" }, 2);
  if (Math.random() < 0.12) return silence();
  if (Math.random() < 0.18) {
    await say({ buttonId: "change" }, 1);
    await say({ listId: "s2" }, 1.5);
  }
  await say({ buttonId: "confirm" }, 0.8);
}

async function clinic(call: HttpCall) {
  if (Math.random() < 0.06) return { status: 503, headers: {}, body: { error: "calendar unavailable" } };
  if (call.method === "GET") {
    return { status: 200, headers: {}, body: { slots: [{ id: "s1", day: "Mon", time: "09:00", dentist: "Dr Lee" }, { id: "s2", day: "Tue", time: "11:30", dentist: "Dr Ng" }, { id: "s3", day: "Wed", time: "15:00", dentist: "Dr Lee" }] } };
  }
  return { status: 201, headers: {}, body: { reference: `BK-${Math.floor(Math.random() * 9000 + 1000)}` } };
}

function pick<T>(items: T[]): T {
  return items[Math.floor(Math.random() * items.length)];
}

function gaussian(): number {
  return Math.sqrt(-2 * Math.log(1 - Math.random())) * Math.cos(2 * Math.PI * Math.random());
}

/** A think time around `median` minutes, with the long tail people have. */
function lognormal(median: number): number {
  return median * Math.exp(0.9 * gaussian());
}
