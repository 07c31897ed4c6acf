import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFake8x8, type Fake8x8 } from "../channels/8x8/fake/fake-8x8-server";
import { openRawConnection } from "../db/open-raw-connection";
import { sqlOf } from "../db/sql-of";
import { parseJourneyDocument } from "../journey/parse-document";
import { journeyStore } from "../journeys/journey-store";
import { migratedDb, postgresAvailable, PROVIDERS } from "../test/test-databases";
import fiveUpdates from "./fixtures/five-updates.journey.json";
import { MAX_SEND_AGE_MS } from "./dispatch-outbox";
import { createRuntime, queueApiRun, type Runtime } from "./runtime";

const hasPostgres = await postgresAvailable();

for (const provider of PROVIDERS) {
  describe.skipIf(provider === "postgres" && !hasPostgres)(`the outbox on ${provider}, with 8x8 failing`, () => {
    let env: Awaited<ReturnType<typeof migratedDb>>;
    let fake: Fake8x8;
    let journeyId: string;
    const config = () => ({ baseUrl: fake.url, apiKey: "key", subAccountId: "Acme_WhatsApp" });

    beforeAll(async () => {
      env = await migratedDb(provider);
      fake = await startFake8x8({ apiKey: "key", subAccountId: "Acme_WhatsApp" });
      const parsed = parseJourneyDocument(fiveUpdates);
      if (!parsed.ok) throw new Error("fixture");
      const store = journeyStore(env.db);
      journeyId = (await store.create(parsed.document)).id;
      await store.publish(journeyId);
    });
    afterAll(async () => {
      await fake.close();
      await env.dispose();
    });

    it("sends each contact's messages exactly once and in order while a fifth of the sends fail, from two instances", async () => {
      fake.reset();
      fake.failRandomly(0.2, [{ status: 503 }, { status: 500 }, { reset: true }]);
      // Two instances: each its own connections, its own dispatcher, the same database.
      const sqls = [await sqlOf(env.db), await openRawConnection(env.target, { poolSize: 4 })];
      const instances: Runtime[] = sqls.map((sql) => createRuntime(sql, { eightByEight: config(), sharedDatabase: true }));
      const contacts = Array.from({ length: 12 }, (_, i) => `+1555010${String(i).padStart(4, "0")}`);
      for (const [i, msisdn] of contacts.entries()) {
        const { contactId } = await queueApiRun(sqls[i % 2], journeyId, { msisdn }, "default", {});
        await instances[i % 2].kick(contactId);
      }
      try {
        await expect
          .poll(async () => {
            await Promise.all(instances.map((instance) => instance.poll()));
            return env.db.outboxMessage.count({ where: { status: { not: "queued" } } });
          }, { timeout: 60_000, interval: 200 })
          .toBe(0);
      } finally {
        fake.failRandomly(0, []);
        await Promise.all(instances.map((instance) => instance.wakeDispatcher()));
        instances.forEach((instance) => instance.stop());
        if (sqls[1] !== sqls[0]) await sqls[1].close();
      }
      for (const msisdn of contacts) {
        const updates = fake.messages.filter((m) => m.user.msisdn === msisdn).map((m) => JSON.stringify(m.content).match(/"(\d) of 5"/)?.[1]);
        expect(updates, msisdn).toEqual(["1", "2", "3", "4", "5"]);
      }
    });

    it("gives a message up as failed after a day of failed sends, with the reason on its run", async () => {
      fake.reset();
      fake.failRandomly(1, [{ status: 503 }]);
      const sql = await sqlOf(env.db);
      const today = createRuntime(sql, { eightByEight: config() });
      const { runId, contactId } = await queueApiRun(sql, journeyId, { msisdn: "+15550200000" }, "default", {});
      await today.kick(contactId);
      await today.wakeDispatcher();
      const first = await env.db.outboxMessage.findFirstOrThrow({ where: { runId }, orderBy: { createdAt: "asc" } });
      expect(first).toMatchObject({ status: "pending", attempts: 1, errorMessage: expect.stringContaining("8x8 answered 503") });

      const tomorrow = createRuntime(sql, { eightByEight: config(), now: () => new Date(Date.now() + MAX_SEND_AGE_MS + 60_000) });
      await tomorrow.wakeDispatcher();
      expect(await env.db.outboxMessage.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
        status: "failed",
        errorCode: "not_sent",
        errorMessage: expect.stringMatching(/^Not sent within 24 hours; the last attempt: 8x8 answered 503/),
      });
      expect((await env.db.run.findUniqueOrThrow({ where: { id: runId } })).error).toMatch(/^A message could not be sent: Not sent within 24 hours/);
      // The messages after it were never sent ahead of it.
      expect(fake.messages).toEqual([]);
    });
  });
}
