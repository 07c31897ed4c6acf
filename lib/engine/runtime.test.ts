import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseWebhookEvent, type DeliveryReceiptEvent, type InboundMessageEvent } from "../whatsapp/webhook-schema";
import { startFake8x8, type Fake8x8 } from "../channels/8x8/fake/fake-8x8-server";
import { parseJourneyDocument } from "../journey/parse-document";
import { sampleJourneys } from "../journey/samples";
import { journeyStore } from "../journeys/journey-store";
import { migratedDb, postgresAvailable, PROVIDERS } from "../test/test-databases";
import { ingestMessage, ingestReceipt } from "./ingest-webhook";
import { sqlOf } from "../db/sql-of";
import { createRuntime, type Runtime } from "./runtime";

const hasPostgres = await postgresAvailable();

/** The clinic's API: free slots and bookings. */
async function startClinic() {
  const server: Server = createServer((req, res) => {
    res.setHeader("Content-Type", "application/json");
    if (req.url?.startsWith("/slots")) return res.end(JSON.stringify({ slots: [{ id: "s1", day: "Mon", time: "09:00", dentist: "Dr Lee" }, { id: "s2", day: "Tue", time: "11:00", dentist: "Dr Ng" }] }));
    res.writeHead(201).end(JSON.stringify({ reference: "BK-42" }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

for (const provider of PROVIDERS) {
  describe.skipIf(provider === "postgres" && !hasPostgres)(`runtime on ${provider}`, () => {
    let env: Awaited<ReturnType<typeof migratedDb>>;
    let fake: Fake8x8;
    let clinic: Awaited<ReturnType<typeof startClinic>>;
    let runtime: Runtime;
    let webhook: Server;

    beforeAll(async () => {
      env = await migratedDb(provider);
      clinic = await startClinic();
      // Stands in for the route handler: parse, store, kick the contact's lane.
      webhook = createServer((req, res) => {
        let raw = "";
        req.on("data", (c) => (raw += c));
        req.on("end", async () => {
          const parsed = parseWebhookEvent(JSON.parse(raw));
          if (!parsed.result.success) return res.writeHead(400).end("{}");
          if (parsed.kind === "receipt") await ingestReceipt(env.db, parsed.result.data as DeliveryReceiptEvent);
          if (parsed.kind === "message") {
            const result = await ingestMessage(env.db, parsed.result.data as InboundMessageEvent);
            if (result.contactId) await runtime.kick(result.contactId);
          }
          res.writeHead(200).end("{}");
        });
      });
      await new Promise<void>((r) => webhook.listen(0, "127.0.0.1", r));
      fake = await startFake8x8({ apiKey: "key", subAccountId: "Acme_WhatsApp", webhookUrl: `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/` });
      process.env.HTTP_ALLOWED_HOSTS = "127.0.0.1";
      runtime = createRuntime(await sqlOf(env.db), { eightByEight: { baseUrl: fake.url, apiKey: "key", subAccountId: "Acme_WhatsApp" }, secrets: { clinic_api_key: "secret-k" } });

      const store = journeyStore(env.db);
      const booking = parseJourneyDocument(JSON.parse(JSON.stringify(sampleJourneys[0]).replaceAll("https://api.smile-dental.example", clinic.url)));
      if (!booking.ok) throw new Error("sample");
      const created = await store.create(booking.document);
      await store.publish(created.id);
    });
    afterAll(async () => {
      runtime.stop();
      await fake.close();
      await clinic.close();
      await new Promise<void>((r) => webhook.close(() => r()));
      await env.dispose();
    });
    beforeEach(() => fake.reset());

    const jane = { msisdn: "+15550000001", channelUserId: "US.1", name: "Jane" };
    const settle = async () => {
      await runtime.poll();
      await runtime.wakeDispatcher();
    };

    it("books an appointment end to end: list, slots from the clinic API, confirm", async () => {
      await fake.say(jane, { text: "I'd like to book" });
      await settle();
      const [menu] = await fake.waitForMessages(1);
      expect(menu).toMatchObject({ user: { msisdn: jane.msisdn }, type: "interactive", content: { interactive: { type: "list" } } });
      expect(menu.clientMessageId).toMatch(/^[\w-]+:\d+$/);

      await fake.say(jane, { listId: "whitening", title: "Whitening" });
      await settle();
      const [, slots] = await fake.waitForMessages(2);
      expect((slots.content as any).interactive.action.sections[0].rows.map((r: { id: string }) => r.id)).toEqual(["s1", "s2"]);

      await fake.say(jane, { listId: "s1", title: "Mon 09:00" });
      await settle();
      await fake.waitForMessages(3);
      await fake.say(jane, { buttonId: "confirm", title: "Yes, book it" });
      await settle();
      const all = await fake.waitForMessages(4);
      expect(all[3].content).toEqual({ text: expect.stringContaining("Your reference is BK-42") });

      const run = await env.db.run.findFirstOrThrow({ where: { contact: { msisdn: jane.msisdn } }, include: { steps: { orderBy: { seq: "asc" } } } });
      expect(run.status).toBe("completed");
      expect(run.steps.map((s) => s.nodeId)).toContain("book");
      expect(fake.rejected).toEqual([]);
    });

    it("a duplicated webhook sends once", async () => {
      const ann = { msisdn: "+15550000002", name: "Ann" };
      const umid = "dup-umid-1";
      await fake.say(ann, { text: "book" }, umid);
      await fake.say(ann, { text: "book" }, umid);
      await settle();
      await settle();
      expect(fake.messages.filter((m) => m.user.msisdn === ann.msisdn)).toHaveLength(1);
      expect(await env.db.inboxEvent.count({ where: { dedupeKey: `msg:${umid}` } })).toBe(1);
    });

    it("retries 429 (honouring Retry-After) and 500, then sends once; 4xx fails with 8x8's code", async () => {
      const bob = { msisdn: "+15550000003", name: "Bob" };
      fake.failNext({ status: 429, retryAfter: 0 }, { status: 500 });
      await fake.say(bob, { text: "book" });
      await runtime.poll();
      for (let i = 0; i < 20 && fake.messages.length === 0; i++) {
        await env.db.outboxMessage.updateMany({ where: { status: "pending" }, data: { nextAttemptAt: new Date(0) } });
        await runtime.wakeDispatcher();
      }
      expect(fake.messages).toHaveLength(1);
      const sent = await env.db.outboxMessage.findFirstOrThrow({ where: { contact: { msisdn: bob.msisdn } } });
      expect(sent).toMatchObject({ status: "queued", attempts: 3, umid: fake.messages[0].umid });

      const carl = { msisdn: "+15550000004", name: "Carl" };
      fake.failNext({ status: 400, code: 3038, message: "Template not found" });
      await fake.say(carl, { text: "book" });
      await settle();
      expect(await env.db.outboxMessage.findFirstOrThrow({ where: { contact: { msisdn: carl.msisdn } } })).toMatchObject({ status: "failed", errorCode: "3038", errorMessage: "Template not found" });
    });

    it("delivery receipts move the message forward, and 1022 says the window expired", async () => {
      const dee = { msisdn: "+15550000005", name: "Dee" };
      await fake.say(dee, { text: "book" });
      await settle();
      const [message] = await fake.waitForMessages(1);
      await fake.deliver(message.umid, "delivered", { detail: "delivered_to_recipient" });
      await fake.deliver(message.umid, "sent");
      expect((await env.db.outboxMessage.findFirstOrThrow({ where: { umid: message.umid } })).status).toBe("delivered");
      await fake.deliver(message.umid, "undelivered", { detail: "undelivered_to_recipient", errorCode: 1022, errorMessage: "Message window expired" });
      expect(await env.db.outboxMessage.findFirstOrThrow({ where: { umid: message.umid } })).toMatchObject({ status: "undelivered", errorCode: "1022", errorMessage: "24-hour window expired: Message window expired" });
    });

    it("receipts landing at once only ever move a message forward", async () => {
      const ida = { msisdn: "+15550000009", name: "Ida" };
      await fake.say(ida, { text: "book" });
      await settle();
      const [message] = await fake.waitForMessages(1);
      const states = ["read", "delivered", "sent", "delivered", "sent", "queued"];
      await Promise.all(states.map((state, i) => fake.deliver(message.umid, state, { detail: `d${i}` })));
      expect((await env.db.outboxMessage.findFirstOrThrow({ where: { umid: message.umid } })).status).toBe("read");
    });

    it("a message right after a publish runs what was published; one that matches nothing is kept, marked unmatched", async () => {
      const kim = { msisdn: "+15550000010", name: "Kim" };
      await fake.say(kim, { text: "survey" });
      await settle();
      const [missed] = await env.db.inboxEvent.findMany({ where: { contact: { msisdn: kim.msisdn }, kind: "message" } });
      expect(missed).toMatchObject({ outcome: "unmatched", runId: null, error: "No live journey's trigger matched this message", processedAt: expect.any(Date) });
      expect(fake.messages).toEqual([]);

      // The runtime has its list of live journeys loaded; the publish must still be seen at once.
      const nps = parseJourneyDocument(sampleJourneys[2]);
      if (!nps.ok) throw new Error("sample");
      const store = journeyStore(env.db);
      const npsId = (await store.create(nps.document)).id;
      await store.publish(npsId);
      await fake.say(kim, { text: "survey" });
      await settle();
      const run = await env.db.run.findFirstOrThrow({ where: { contact: { msisdn: kim.msisdn } } });
      expect(run).toMatchObject({ journeyId: npsId, status: "waiting" });
      const events = await env.db.inboxEvent.findMany({ where: { contact: { msisdn: kim.msisdn }, kind: "message" }, orderBy: { id: "asc" } });
      expect(events.map((e) => [e.outcome, e.runId])).toEqual([["unmatched", null], ["run", run.id]]);

      // And a delete is seen at once too: the journey starts no run after it is gone.
      await store.remove(npsId);
      await fake.say({ msisdn: "+15550000011" }, { text: "survey" });
      await settle();
      expect(await env.db.inboxEvent.findFirstOrThrow({ where: { contact: { msisdn: "+15550000011" } } })).toMatchObject({ outcome: "unmatched" });
    });

    it("a reply timeout fires from its timer and takes the timeout path", async () => {
      const eve = { msisdn: "+15550000006", name: "Eve" };
      await fake.say(eve, { text: "book" });
      await settle();
      const run = await env.db.run.findFirstOrThrow({ where: { contact: { msisdn: eve.msisdn } } });
      expect(run.status).toBe("waiting");
      await env.db.timer.updateMany({ where: { runId: run.id, firedAt: null }, data: { dueAt: new Date(Date.now() - 1000) } });
      await runtime.poll();
      await settle();
      expect(await env.db.run.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({ status: "completed" });
      const steps = await env.db.runStep.findMany({ where: { runId: run.id }, orderBy: { seq: "asc" } });
      expect(steps.map((s) => s.outcome)).toEqual(["next", "waiting", "timeout", "end"]);
    });

    it("a run idle past the journey's inactivity timeout expires", async () => {
      const gus = { msisdn: "+15550000008", name: "Gus" };
      await fake.say(gus, { text: "book" });
      await settle();
      const run = await env.db.run.findFirstOrThrow({ where: { contact: { msisdn: gus.msisdn } } });
      const { expireIdleRuns } = await import("./expire-runs");
      expect(await expireIdleRuns(runtime.deps.sql, runtime.deps.cache, new Date(Date.now() + 23 * 3_600_000))).toBe(0);
      expect(await expireIdleRuns(runtime.deps.sql, runtime.deps.cache, new Date(Date.now() + 25 * 3_600_000))).toBeGreaterThanOrEqual(1);
      expect(await env.db.run.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({ status: "expired", error: "No activity for 24 hours" });
      expect(await env.db.timer.count({ where: { runId: run.id, firedAt: null } })).toBe(0);
    });

    it("a burst from one contact is handled in order, each message once", async () => {
      const fay = { msisdn: "+15550000007", name: "Fay" };
      await fake.say(fay, { text: "book" });
      await settle();
      await Promise.all(["nope", "still no", "what?"].map((text, i) => fake.say(fay, { text }, `burst-${provider}-${i}`)));
      await settle();
      await settle();
      const run = await env.db.run.findFirstOrThrow({ where: { contact: { msisdn: fay.msisdn } }, include: { steps: { orderBy: { seq: "asc" } } } });
      const others = run.steps.filter((s) => s.nodeId === "choose_service" && s.outcome === "other");
      expect(others).toHaveLength(3);
      const replies = others.map((s) => ((s.output as { reply: { text: string } }).reply.text));
      // Sent concurrently, so "in order" means in the order they were received and stored.
      const stored = await env.db.inboxEvent.findMany({ where: { contact: { msisdn: fay.msisdn }, kind: "message" }, orderBy: { id: "asc" } });
      const arrival = stored.map((e) => (e.payload as { reply: { text: string } }).reply.text).filter((t) => t !== "book");
      expect(replies).toEqual(arrival);
      expect([...replies].sort()).toEqual(["nope", "still no", "what?"]);
    });
  });
}
