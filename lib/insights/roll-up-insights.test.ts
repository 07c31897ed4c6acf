import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlOf } from "../db/sql-of";
import { writeTransaction } from "../db/write-transaction";
import { expireIdleRuns } from "../engine/expire-runs";
import { fireDueTimers } from "../engine/fire-timers";
import { createRuntime, type Runtime } from "../engine/runtime";
import { parseJourneyDocument } from "../journey/parse-document";
import { sampleJourneys } from "../journey/samples";
import { journeyStore } from "../journeys/journey-store";
import { CANCELLED_BY_HAND, cancelRuns } from "../runs/cancel-runs";
import { customerSays } from "../test/customer-says";
import { insightsGroundTruth } from "../test/insights-ground-truth";
import { migratedDb, postgresAvailable, PROVIDERS } from "../test/test-databases";
import { DAY_MS, HOUR_MS } from "./insight-metrics";
import { rollUpInsights } from "./roll-up-insights";
import { versionInsights, type VersionFigures } from "./version-insights";

const hasPostgres = await postgresAvailable();
const CONTACTS = 60;

/** The clinic's API; every fifth call is refused, so both of the HTTP steps' outcomes occur. */
async function startClinic() {
  let calls = 0;
  const server: Server = createServer((req, res) => {
    res.setHeader("Content-Type", "application/json");
    if (++calls % 5 === 0) return res.writeHead(400).end("{}");
    if (req.url?.startsWith("/slots")) return res.end(JSON.stringify({ slots: [{ id: "s1", day: "Mon", time: "09:00", dentist: "Dr Lee" }] }));
    res.writeHead(201).end(JSON.stringify({ reference: "BK-42" }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** A seeded generator, so the data set is the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

for (const provider of PROVIDERS) {
  describe.skipIf(provider === "postgres" && !hasPostgres)(`Insights on ${provider}`, () => {
    let env: Awaited<ReturnType<typeof migratedDb>>;
    let clinic: Awaited<ReturnType<typeof startClinic>>;
    let runtime: Runtime;
    let clock: Date;
    let versions: string[];
    const rand = random(42);

    const newRuntime = async () => createRuntime(await sqlOf(env.db), { eightByEight: null, secrets: { clinic_api_key: "k" }, now: () => clock });
    const later = (maxMinutes: number) => (clock = new Date(clock.getTime() + Math.floor(rand() * maxMinutes * 60_000) + 1000));
    const rollUp = async () => rollUpInsights(runtime.deps.sql, runtime.deps.cache.version);

    function say(contact: number, what: { text?: string; listId?: string; buttonId?: string }) {
      later(25);
      return customerSays(env.db, runtime, `+1555000${String(contact).padStart(4, "0")}`, what, clock);
    }

    /** One customer's conversation, chosen at random among the journey's paths. */
    async function converse(contact: number) {
      await say(contact, { text: "I want to book" });
      const path = Math.floor(rand() * 6);
      if (path === 0) await say(contact, { text: "what?" }); // not understood: the menu again, a loop
      if (path === 5) return; // stays at the menu: there now, or expired later
      if (path === 4) {
        later(120);
        for (const contactId of await fireDueTimers(runtime.deps.sql, new Date(clock.getTime() + 2 * HOUR_MS))) await runtime.kick(contactId);
        return;
      }
      const contactId = await say(contact, { listId: ["checkup", "whitening", "consult"][contact % 3] });
      if (path === 3) {
        const run = await env.db.run.findFirst({ where: { contactId, status: "waiting" } });
        if (run) await writeTransaction(env.db, (tx) => cancelRuns(tx, { id: run.id }, CANCELLED_BY_HAND));
        return;
      }
      await say(contact, { listId: "s1" });
      if (path === 2) await say(contact, { buttonId: "change" }); // back to the slots: the HTTP step again
      if (path === 2) await say(contact, { listId: "s1" });
      await say(contact, { buttonId: "confirm" });
    }

    beforeAll(async () => {
      env = await migratedDb(provider);
      clinic = await startClinic();
      process.env.HTTP_ALLOWED_HOSTS = "127.0.0.1";
      // In the past, so each customer's 24-hour window is open for the whole story.
      clock = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS - 3 * DAY_MS + 17 * HOUR_MS);
      runtime = await newRuntime();
      const store = journeyStore(env.db);
      const parsed = parseJourneyDocument(JSON.parse(JSON.stringify(sampleJourneys[0]).replaceAll("https://api.smile-dental.example", clinic.url)));
      if (!parsed.ok) throw new Error("sample");
      const journey = await store.create(parsed.document);
      await store.publish(journey.id);
      for (let c = 0; c < CONTACTS; c++) {
        await converse(c);
        if (c % 7 === 0) await rollUp();
        if (c === CONTACTS / 2) {
          // Version 2 goes live while version 1's runs are mid-way; a restart, too.
          const current = await store.get(journey.id);
          await store.update(journey.id, { updatedAt: current.updatedAt, description: "v2" });
          await store.publish(journey.id);
          runtime = await newRuntime();
          for (let early = 0; early < 10; early += 3) await say(early, { listId: "checkup" });
        }
      }
      later(60);
      await expireIdleRuns(runtime.deps.sql, runtime.deps.cache, new Date(clock.getTime() + 2 * DAY_MS));
      for (let c = 0; c < 5; c++) await say(1000 + c, { text: "book" }); // after the expiry: there now
      await rollUp();
      versions = (await env.db.journeyVersion.findMany({ where: { journeyId: journey.id }, orderBy: { version: "asc" } })).map((v) => v.id);
    }, 120_000);
    afterAll(async () => {
      await clinic?.close();
      await env?.dispose();
    });

    const ranges = () => {
      const start = new Date(Math.floor(clock.getTime() / DAY_MS) * DAY_MS - 4 * DAY_MS);
      return [
        ["everything", start, new Date(start.getTime() + 6 * DAY_MS)],
        ["a range across midnight, in hours", new Date(start.getTime() + DAY_MS + 19 * HOUR_MS), new Date(start.getTime() + 3 * DAY_MS + 5 * HOUR_MS)],
        ["one afternoon", new Date(start.getTime() + 2 * DAY_MS + 13 * HOUR_MS), new Date(start.getTime() + 2 * DAY_MS + 18 * HOUR_MS)],
      ] as const;
    };

    it("counts every step exactly as the step log says, for each version and range", async () => {
      for (const versionId of versions) {
        for (const [, from, to] of ranges()) {
          const figures = await versionInsights(runtime.deps.sql, versionId, from, to);
          const truth = await insightsGroundTruth(env.db, versionId, from, to);
          expect(Object.keys(figures.steps).sort()).toEqual(Object.keys(truth.steps).sort());
          for (const [nodeId, expected] of Object.entries(truth.steps)) {
            const step = figures.steps[nodeId];
            expect({ nodeId, entered: step.entered, repeat: step.repeat, outcomes: step.outcomes, now: step.now }).toEqual({
              nodeId, entered: expected.entered, repeat: expected.repeat, outcomes: expected.outcomes, now: expected.now,
            });
            expect(Object.fromEntries(Object.entries(step.dropped).filter(([, n]) => n > 0))).toEqual(expected.dropped);
            if (expected.p50 === null) expect(step.time).toBeNull();
            else {
              expect(Math.abs(step.time!.p50 - expected.p50)).toBeLessThanOrEqual(Math.max(0.02 * expected.p50, 0.5));
              expect(Math.abs(step.time!.p90 - expected.p90!)).toBeLessThanOrEqual(Math.max(0.02 * expected.p90!, 0.5));
            }
          }
          expect(Object.fromEntries(Object.entries(figures.runs).filter(([, n]) => n > 0))).toEqual(truth.runs);
        }
      }
    });

    it("keeps entered = left + dropped + there now, never negative, and covers every kind of ending", async () => {
      const [, from, to] = ranges()[0];
      const all: VersionFigures[] = await Promise.all(versions.map((v) => versionInsights(runtime.deps.sql, v, from, to)));
      for (const { steps } of all) {
        for (const step of Object.values(steps)) {
          const left = Object.values(step.outcomes).reduce((a, b) => a + b, 0);
          const dropped = Object.values(step.dropped).reduce((a, b) => a + b, 0);
          expect(step.entered).toBe(left + dropped + step.now);
          for (const n of [step.entered, step.repeat, step.now, left, dropped]) expect(n).toBeGreaterThanOrEqual(0);
        }
      }
      const [v1] = all;
      expect(v1.steps.choose_service.repeat).toBeGreaterThan(0);
      expect(v1.steps.choose_service.outcomes.timeout).toBeGreaterThan(0);
      const dropped = (reason: "cancelled" | "expired") => all.flatMap((f) => Object.values(f.steps)).reduce((n, step) => n + step.dropped[reason], 0);
      expect(dropped("cancelled")).toBeGreaterThan(0);
      expect(dropped("expired")).toBeGreaterThan(0);
      expect(v1.steps.fetch_slots.outcomes.error).toBeGreaterThan(0);
      // A refused slots call goes on along its error output: those runs are counted, once each.
      const survived = await env.db.run.count({ where: { versionId: versions[0], steps: { some: { outcome: "error" } } } });
      expect(v1.runs.errorPath).toBe(survived);
      expect(survived).toBeGreaterThan(0);
      expect(v1.steps.end_booked.dropped.ended).toBeGreaterThan(0);
      expect(v1.runs.started).toBe(await env.db.run.count({ where: { versionId: versions[0] } }));
      const waiting = await env.db.run.count({ where: { versionId: { in: versions }, status: { in: ["waiting", "sleeping"] } } });
      expect(all.reduce((sum, f) => sum + Object.values(f.steps).reduce((s, step) => s + step.now, 0), 0)).toBe(waiting);
    });

    it("counts each step once however often the roll-up runs, and nothing is left uncounted", async () => {
      const before = await versionInsights(runtime.deps.sql, versions[0], ...(ranges()[0].slice(1) as [Date, Date]));
      expect(await rollUp()).toBe(0);
      await Promise.all([rollUp(), rollUp()]);
      expect(await versionInsights(runtime.deps.sql, versions[0], ...(ranges()[0].slice(1) as [Date, Date]))).toEqual(before);
      expect(await env.db.runStep.count({ where: { rolledUp: false } })).toBe(0);
    });
  });
}
