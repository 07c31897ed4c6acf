import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFake8x8, type Fake8x8 } from "../channels/8x8/fake/fake-8x8-server";
import { inboundEvent } from "../channels/8x8/fake/inbound-event";
import { sqlOf } from "../db/sql-of";
import { publishJourney } from "../test/publish-journey";
import { exposition } from "../metrics/exposition";
import { metrics } from "../metrics/metrics";
import { customerSays } from "../test/customer-says";
import { migratedDb, postgresAvailable, PROVIDERS } from "../test/test-databases";
import { inboundMessageEvent } from "../whatsapp/webhook-schema";
import { ingestMessage } from "./ingest-webhook";
import { createRuntime } from "./runtime";
import { runtimeGauges } from "./runtime-gauges";
import slowBackend from "./fixtures/slow-backend.journey.json";

const hasPostgres = await postgresAvailable();

/** A counter's value for these labels, from the text a scrape answers. */
function valueIn(text: string, name: string, labels = ""): number {
  const line = text.split("\n").find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ""} `));
  return line ? Number(line.split(" ").at(-1)) : 0;
}

async function scrape() {
  return (await exposition([await metrics().registry.getMetricsAsJSON()], [])).text;
}

for (const provider of PROVIDERS) {
  describe.skipIf(provider === "postgres" && !hasPostgres)(`metrics on ${provider}`, () => {
    let env: Awaited<ReturnType<typeof migratedDb>>;
    let fake: Fake8x8;
    let journeyId: string;

    beforeAll(async () => {
      env = await migratedDb(provider);
      fake = await startFake8x8({ apiKey: "key", subAccountId: "Acme_WhatsApp" });
      journeyId = await publishJourney(env.db, slowBackend);
    });
    afterAll(async () => {
      await fake.close();
      await env.dispose();
    });

    it("count what known traffic did: events, runs by journey and how they ended, sends and their delay", async () => {
      const before = await scrape();
      let calls = 0;
      // Every third lookup fails: that run ends along its error output, and still completes.
      const runtime = createRuntime(await sqlOf(env.db), {
        eightByEight: { baseUrl: fake.url, apiKey: "key", subAccountId: "Acme_WhatsApp" },
        http: async () => (++calls % 3 === 0 ? { error: "connection refused" } : { status: 200, headers: {}, body: {} }),
      });
      for (let i = 0; i < 6; i++) await customerSays(env.db, runtime, `+1555780000${i}`, "status");
      await customerSays(env.db, runtime, "+15557800009", "hello?");
      await runtime.wakeDispatcher();
      const after = await scrape();
      const delta = (name: string, labels = "") => valueIn(after, name, labels) - valueIn(before, name, labels);
      expect(delta("journey_studio_events_processed_total", 'kind="message"')).toBe(7);
      expect(valueIn(after, "journey_studio_runs_started_total", `journey="${journeyId}"`)).toBe(6);
      expect(valueIn(after, "journey_studio_runs_ended_total", `journey="${journeyId}",status="completed"`)).toBe(6);
      expect(delta("journey_studio_sends_total", 'result="accepted",code=""')).toBe(6);
      expect(delta("journey_studio_send_delay_seconds_count")).toBe(6);
      expect(delta("journey_studio_event_delay_seconds_count")).toBe(7);
      expect(after).not.toMatch(/\+1555/);
      runtime.stop();
    });

    it("read the runtime's tables as they are now: unsent messages and their age, events not yet handled", async () => {
      const sql = await sqlOf(env.db);
      const now = new Date();
      expect(await runtimeGauges(sql, now)).toMatchObject({ outboxPending: 0, outboxOldestSeconds: 0, eventsWaiting: 0, timersLate: 0 });
      const { contactId } = await ingestMessage(env.db, inboundMessageEvent.parse(inboundEvent({ msisdn: "+15557800010" }, { text: "status" }, { at: now })));
      await env.db.outboxMessage.create({
        data: { clientMessageId: "gauge-1", contactId: contactId!, channelId: "default", body: { type: "text", content: { text: "hi" } }, createdAt: new Date(now.getTime() - 30_000) },
      });
      const gauges = await runtimeGauges(sql, now);
      expect(gauges).toMatchObject({ outboxPending: 1, eventsWaiting: 1 });
      expect(gauges.outboxOldestSeconds).toBeCloseTo(30, 0);
      const text = (await exposition([], [{ name: "journey_studio_outbox_pending", help: "Messages waiting", values: [{ value: gauges.outboxPending }] }])).text;
      expect(text).toContain("journey_studio_outbox_pending 1");
    });
  });
}
