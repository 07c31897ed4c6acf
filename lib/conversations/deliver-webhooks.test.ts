import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlOf } from "../db/sql-of";
import { createRuntime, type Runtime } from "../engine/runtime";
import { journeyHttp } from "../http/journey-http";
import { parseJourneyDocument } from "../journey/parse-document";
import { journeyStore } from "../journeys/journey-store";
import { customerSays } from "../test/customer-says";
import { migratedDb, postgresAvailable, PROVIDERS } from "../test/test-databases";
import { deliverWebhooks } from "./deliver-webhooks";
import { QUEUE_WEBHOOKS_KEY } from "./queue-webhooks";

const hasPostgres = await postgresAvailable();

for (const provider of PROVIDERS) {
  describe.skipIf(provider === "postgres" && !hasPostgres)(`queue webhooks on ${provider}`, () => {
    let env: Awaited<ReturnType<typeof migratedDb>>;
    let runtime: Runtime;
    let helpdesk: Server;
    let failNext = 0;
    const received: Array<{ event: string; body: Record<string, unknown> }> = [];

    beforeAll(async () => {
      env = await migratedDb(provider);
      process.env.HTTP_ALLOWED_HOSTS = "127.0.0.1";
      helpdesk = createServer((req, res) => {
        let raw = "";
        req.on("data", (c) => (raw += c));
        req.on("end", () => {
          if (failNext > 0) return failNext--, res.writeHead(503).end();
          received.push({ event: String(req.headers["x-journey-studio-event"]), body: JSON.parse(raw) });
          res.writeHead(204).end();
        });
      });
      await new Promise<void>((r) => helpdesk.listen(0, "127.0.0.1", r));
      const url = `http://127.0.0.1:${(helpdesk.address() as AddressInfo).port}/hooks`;
      await env.db.setting.create({ data: { key: QUEUE_WEBHOOKS_KEY, value: [{ queue: "Billing", url }] } });
      runtime = createRuntime(await sqlOf(env.db), { eightByEight: null, secrets: {} });
      const parsed = parseJourneyDocument(JSON.parse(readFileSync(new URL("./fixtures/help-desk.journey.json", import.meta.url), "utf8")));
      if (!parsed.ok) throw new Error("fixture");
      const store = journeyStore(env.db);
      await store.publish((await store.create(parsed.document)).id);
    });
    afterAll(async () => {
      await new Promise<void>((r) => helpdesk.close(() => r()));
      await env.dispose();
    });

    const say = (text: string) => customerSays(env.db, runtime, { msisdn: "+15558200001", name: "Ines" }, text);
    const deliver = (at = new Date()) => deliverWebhooks(runtime.deps.sql, (call) => journeyHttp(call), at);

    it("tells the queue's helpdesk of a new conversation and of each customer message, retrying a failure", async () => {
      const contactId = await say("help");
      failNext = 1;
      expect(await deliver()).toBe(0);
      expect(await env.db.webhookDelivery.findFirstOrThrow()).toMatchObject({ attempts: 1, deliveredAt: null, lastError: expect.stringContaining("503") });
      expect(await deliver(new Date(Date.now() + 3000))).toBe(1);
      expect(received[0]).toMatchObject({ event: "conversation.created", body: { event: "conversation.created", contactId, conversation: `/inbox/${contactId}`, contact: { msisdn: "+15558200001" } } });

      await say("my invoice is wrong");
      expect(await deliver(new Date(Date.now() + 3000))).toBe(1);
      expect(received[1]).toMatchObject({ event: "conversation.message", body: { message: { type: "text", text: "my invoice is wrong" } } });
      expect(await deliver(new Date(Date.now() + 3000))).toBe(0);
    });

    it("sets aside an event whose queue has no webhook, saying why", async () => {
      await env.db.webhookDelivery.create({ data: { queue: "Nobody", event: "conversation.created", payload: {} } });
      await deliver(new Date(Date.now() + 3000));
      expect(await env.db.webhookDelivery.findFirstOrThrow({ where: { queue: "Nobody" } })).toMatchObject({ failedAt: expect.any(Date), lastError: 'The queue "Nobody" has no webhook' });
    });
  });
}
