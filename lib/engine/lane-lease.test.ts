import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InboundMessageEvent } from "../channels/8x8/webhook-schema";
import { parseJourneyDocument } from "../journey/parse-document";
import { sampleJourneys } from "../journey/samples";
import { journeyStore } from "../journeys/journey-store";
import { migratedDb, postgresAvailable, PROVIDERS } from "../test/test-databases";
import { ingestMessage } from "./ingest-webhook";
import { sqlOf } from "../db/sql-of";
import { createRuntime } from "./runtime";

const hasPostgres = await postgresAvailable();

const message = (umid: string, text: string): InboundMessageEvent => ({
  eventType: "inbound_message_received",
  payload: { umid, user: { msisdn: "+15559990000", name: "Lane" }, type: "Text", content: { text } },
});

for (const provider of PROVIDERS) {
  describe.skipIf(provider === "postgres" && !hasPostgres)(`lanes shared by two instances on ${provider}`, () => {
    let env: Awaited<ReturnType<typeof migratedDb>>;
    beforeAll(async () => {
      env = await migratedDb(provider);
      const booking = parseJourneyDocument(sampleJourneys[0]);
      if (!booking.ok) throw new Error("sample");
      const store = journeyStore(env.db);
      await store.publish((await store.create(booking.document)).id);
    });
    afterAll(() => env.dispose());

    it("process one contact's burst in order, each event once", async () => {
      const sql = await sqlOf(env.db);
      const instances = [1, 2].map(() => createRuntime(sql, { eightByEight: null, sharedDatabase: true }));
      const first = await ingestMessage(env.db, message(`${provider}-0`, "book"));
      await instances[0].kick(first.contactId!);
      const texts = Array.from({ length: 12 }, (_, i) => `answer ${i}`);
      const kicks: Array<Promise<void>> = [];
      for (const [i, text] of texts.entries()) {
        const { contactId } = await ingestMessage(env.db, message(`${provider}-${i + 1}`, text));
        // Both instances are told about every message, as behind a load balancer.
        kicks.push(instances[0].kick(contactId!), instances[1].kick(contactId!));
      }
      await Promise.all(kicks);
      for (const instance of instances) await instance.poll();

      expect(await env.db.inboxEvent.count({ where: { processedAt: null } })).toBe(0);
      expect(await env.db.inboxEvent.count({ where: { error: { not: null } } })).toBe(0);
      const run = await env.db.run.findFirstOrThrow({ include: { steps: { orderBy: { seq: "asc" } } } });
      const answers = run.steps.filter((s) => s.nodeId === "choose_service" && s.outcome === "other").map((s) => (s.output as { reply: { text: string } }).reply.text);
      expect(answers).toEqual(texts);
      expect((await env.db.contact.findFirstOrThrow()).laneOwner).toBeNull();
    });
  });
}
