import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InboundMessageEvent } from "../whatsapp/webhook-schema";
import { parseJourneyDocument } from "../journey/parse-document";
import { sampleJourneys } from "../journey/samples";
import { journeyStore } from "../journeys/journey-store";
import { migratedDb, postgresAvailable, PROVIDERS } from "../test/test-databases";
import { ingestMessage } from "./ingest-webhook";
import { sqlOf } from "../db/sql-of";
import { createRuntime } from "./runtime";
import { LEASE_MS, laneLease } from "./lane-lease";

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

    it("move a dead instance's contact to a live one once its short lease runs out, and the stalled one commits nothing", async () => {
      const sql = await sqlOf(env.db);
      const msisdn = "+15559990001";
      const say = (umid: string, event: Partial<InboundMessageEvent["payload"]>) =>
        ingestMessage(env.db, { eventType: "inbound_message_received", payload: { umid: `${provider}-${umid}`, user: { msisdn }, type: "Text", content: {}, ...event } });
      const stalled = createRuntime(sql, { eightByEight: null, sharedDatabase: true });
      const { contactId } = await say("t0", { content: { text: "book" } });
      await stalled.kick(contactId!);

      // The stalled instance takes the reply and hangs inside the slots request.
      let release!: () => void;
      const hanging = new Promise<void>((r) => (release = r));
      let entered!: () => void;
      const inside = new Promise<void>((r) => (entered = r));
      stalled.deps.http = async () => {
        entered();
        await hanging;
        return { status: 200, headers: {}, body: { slots: [{ id: "late", day: "Mon", time: "08:00", dentist: "Dr Late" }] } };
      };
      await say("t1", { type: "Interactive", content: { interactive: { type: "list_reply", list_reply: { id: "checkup", title: "Check-up" } } } });
      const stalledLane = stalled.kick(contactId!);
      await inside;

      // Within its lease the lane is not taken; past it, the live instance takes it over.
      const live = createRuntime(sql, { eightByEight: null, sharedDatabase: true, now: () => new Date(Date.now() + LEASE_MS + 100) });
      live.deps.http = async () => ({ status: 200, headers: {}, body: { slots: [{ id: "s1", day: "Tue", time: "11:00", dentist: "Dr Ng" }] } });
      const early = createRuntime(sql, { eightByEight: null, sharedDatabase: true });
      await early.kick(contactId!);
      expect(await env.db.inboxEvent.count({ where: { contactId, processedAt: null } })).toBe(1);
      await live.poll();
      await live.kick(contactId!);
      expect(await env.db.inboxEvent.count({ where: { contactId, processedAt: null } })).toBe(0);

      release();
      await stalledLane;
      const run = await env.db.run.findFirstOrThrow({ where: { contactId }, include: { steps: { orderBy: { seq: "asc" } } } });
      expect(run.steps.filter((s) => s.nodeId === "fetch_slots")).toHaveLength(1);
      expect(JSON.stringify(run.vars)).toContain("Dr Ng");
      expect(JSON.stringify(run.vars)).not.toContain("Dr Late");
      expect(await env.db.inboxEvent.count({ where: { contactId, OR: [{ error: { not: null } }, { outcome: "failed" }] } })).toBe(0);
    });

    it("a live owner's heartbeat keeps renewing its leases", async () => {
      const sql = await sqlOf(env.db);
      const owner = laneLease(sql, "heartbeat-owner");
      const contact = await env.db.contact.create({ data: { key: `${provider}:heartbeat`, msisdn: "+15559990002" } });
      expect(await owner.claim(contact.id, new Date())).toBe(true);
      const first = (await env.db.contact.findUniqueOrThrow({ where: { id: contact.id } })).laneExpiresAt!;
      const stop = owner.startHeartbeat();
      try {
        await expect.poll(async () => (await env.db.contact.findUniqueOrThrow({ where: { id: contact.id } })).laneExpiresAt!.getTime(), { timeout: 5000 }).toBeGreaterThan(first.getTime());
      } finally {
        stop();
      }
    });
  });
}
