import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFake8x8, type Fake8x8 } from "../channels/8x8/fake/fake-8x8-server";
import { channelDirectory } from "../channels/channel-directory";
import { parseWebhookEvent } from "../whatsapp/webhook-schema";
import { sqlOf } from "../db/sql-of";
import { createRuntime, type Runtime } from "../engine/runtime";
import { parseJourneyDocument } from "../journey/parse-document";
import { validateJourney } from "../journey/validate-journey";
import { journeyStore } from "../journeys/journey-store";
import { migratedDb, postgresAvailable, PROVIDERS } from "../test/test-databases";
import type { TemplateEvent } from "../whatsapp/template-event";
import { templateStore } from "./template-store";
import { componentsFor } from "../whatsapp/template-slots";
import { customerSays } from "../test/customer-says";

const hasPostgres = await postgresAvailable();
const config = (url: string) => ({ baseUrl: url, apiKey: "key", subAccountId: "Acme_WhatsApp", templates: { accountId: "fake-account", channelId: "ec36a867-3dd4-e911-814a-02d85f55fce8" } });

/** A journey started by API that sends the given template messages one after another. */
function journey(messages: Array<Record<string, unknown>>) {
  const nodes = [
    { id: "start", type: "trigger.api", position: { x: 0, y: 0 }, data: {} },
    ...messages.map((message, i) => ({ id: `m${i}`, type: "message", position: { x: 300 * (i + 1), y: 0 }, data: { message } })),
    { id: "failed", type: "end", position: { x: 300, y: 300 }, data: { outcome: "template_failed" } },
  ];
  const edges = [
    ...messages.map((_, i) => ({ id: `e${i}`, source: i ? `m${i - 1}` : "start", sourceHandle: "next", target: `m${i}` })),
    ...messages.map((_, i) => ({ id: `f${i}`, source: `m${i}`, sourceHandle: "failed", target: "failed" })),
  ];
  const parsed = parseJourneyDocument({ schema: "journey/v1", name: "Templates", settings: { reentry: "restart", inactivityTimeoutHours: 72, windowFallbackTemplate: null }, nodes, edges });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.document;
}

for (const provider of PROVIDERS) {
  describe.skipIf(provider === "postgres" && !hasPostgres)(`template sends on ${provider}`, () => {
    let env: Awaited<ReturnType<typeof migratedDb>>;
    let fake: Fake8x8;
    let runtime: Runtime;
    let webhook: Server;
    let store: ReturnType<typeof templateStore>;
    const answers: unknown[] = [];

    beforeAll(async () => {
      env = await migratedDb(provider);
      // Stands in for the webhook route: template events go to the store.
      webhook = createServer((req, res) => {
        let raw = "";
        req.on("data", (c) => (raw += c));
        req.on("end", async () => {
          const parsed = parseWebhookEvent(JSON.parse(raw));
          if (parsed.kind !== "template" || !parsed.result.success) return res.writeHead(400).end("{}");
          const result = await store.applyEvent("default", parsed.result.data as TemplateEvent);
          answers.push(result);
          res.writeHead(200).end(JSON.stringify(result));
        });
      });
      await new Promise<void>((r) => webhook.listen(0, "127.0.0.1", r));
      fake = await startFake8x8({ apiKey: "key", subAccountId: "Acme_WhatsApp", webhookUrl: `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/` });
      const sql = await sqlOf(env.db);
      store = templateStore(env.db, channelDirectory(sql, config(fake.url)));
      runtime = createRuntime(sql, { eightByEight: config(fake.url) });
    });
    afterAll(async () => {
      runtime.stop();
      await fake.close();
      await new Promise<void>((r) => webhook.close(() => r()));
      await env.dispose();
    });

    const publish = async (document: ReturnType<typeof journey>) => {
      const journeys = journeyStore(env.db);
      const created = await journeys.create(document);
      await journeys.publish(created.id);
      return created.id;
    };
    const run = async (target: ReturnType<typeof journey> | string, msisdn: string) => {
      const journeyId = typeof target === "string" ? target : await publish(target);
      const runId = await runtime.startApiRun(journeyId, { msisdn, name: "Ray" }, "default", {});
      // The lane runs beside this loop (startApiRun only kicks it): look again until it is done.
      for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 10))) {
        await runtime.poll();
        await runtime.wakeDispatcher();
        // The start event is queued; the run exists once the contact's lane took it. Its
        // messages leave through the outbox after it: done when none waits to be sent.
        const state = await env.db.run.findUnique({ where: { id: runId }, include: { steps: { orderBy: { seq: "asc" } } } });
        const unsent = await env.db.outboxMessage.count({ where: { runId, status: { in: ["pending", "sending"] } } });
        if (state && state.status !== "running" && unsent === 0) return state;
      }
      throw new Error("the run did not end");
    };

    it("syncs the channel's templates from 8x8, and a second sync replaces the set", async () => {
      const state = await store.sync("default");
      expect(state).toMatchObject({ count: 6, skipped: 0, error: null });
      const { templates } = await store.list();
      expect(templates.map((t) => `${t.name}:${t.status}`)).toEqual([
        "appointment_reminder:APPROVED", "book_visit_flow:APPROVED", "new_arrivals_carousel:APPROVED", "order_shipped:APPROVED", "spring_sale:APPROVED", "winter_promo:PAUSED",
      ]);
      const sale = templates.find((t) => t.name === "spring_sale")!;
      expect(sale.layout).toEqual({
        header: { format: "image" },
        body: "Hi {{1}}, our spring sale is on: {{2}} off everything until Sunday.",
        footer: "Reply STOP to opt out",
        buttons: [{ type: "quick_reply", text: "Show me" }, { type: "quick_reply", text: "Not now" }, { type: "url", text: "Shop now", url: "https://shop.example.com/{{1}}" }],
      });
      expect((await store.catalog()).channels).toEqual([{ id: "default", name: "Default (environment)" }]);
      expect((await store.sync("default")).count).toBe(6);
      expect(await env.db.whatsAppTemplate.count()).toBe(6);
    });

    it("a failed sync keeps checking against the last good list, and says when 8x8's answer was no list at all", async () => {
      const good = await store.sync("default");
      const shipped = journey([{ kind: "template", name: "order_shipped", language: "en_US", components: [{ type: "body", parameters: [{ type: "text", text: "Ray" }] }] }]);
      const problems = async () => validateJourney(shipped, undefined, { templates: await store.catalog() }).map((i) => i.code);
      expect(await problems()).toContain("template_missing");

      fake.failTemplateList({ status: 500 });
      await expect(store.sync("default")).rejects.toMatchObject({ kind: "upstream" });
      expect(await problems()).toContain("template_missing");
      const [channel] = await store.channels();
      expect(channel.sync).toMatchObject({ error: expect.stringContaining("500"), lastGoodAt: good.at });

      // A proxy's error page where the list should be: no JSON parser's words, the status instead.
      fake.failTemplateList({ status: 200, contentType: "text/html", body: "<html>upstream connect error</html>" });
      await expect(store.sync("default")).rejects.toMatchObject({ message: "8x8's answer (HTTP 200, text/html) was not a template list" });
      expect((await store.channels())[0].sync).toMatchObject({ lastGoodAt: good.at });
      expect(await problems()).toContain("template_missing");
      const id = (await journeyStore(env.db).create(shipped)).id;
      await expect(journeyStore(env.db).publish(id)).rejects.toMatchObject({ kind: "unprocessable" });

      expect((await store.sync("default")).error).toBeNull();
    });

    it("sends exactly the body 8x8 documents for text, media header, quick replies, carousel and Flow templates", async () => {
      const { templates } = await store.list();
      const layout = (name: string) => templates.find((t) => t.name === name)!.layout;
      const fill = (name: string, values: Record<string, string>) => {
        const components = componentsFor(layout(name));
        let n = 0;
        for (const c of components as Array<{ parameters?: Array<Record<string, unknown>>; cards?: Array<{ components: Array<{ parameters: Array<Record<string, unknown>> }> }> }>) {
          const params = [...(c.parameters ?? []), ...(c.cards ?? []).flatMap((card) => card.components.flatMap((x) => x.parameters))];
          for (const p of params) {
            const value = values[n++] ?? `v${n}`;
            if (p.type === "text") p.text = value;
            else if ("url" in p) p.url = `https://cdn.example.com/${value}.jpg`;
          }
        }
        return { kind: "template", name, language: "en_US", components };
      };
      const document = journey([
        fill("appointment_reminder", { 0: "Mon 3 May", 1: "{{ contact.name }}", 2: "Dr Lee", 3: "09:00" }),
        fill("spring_sale", {}),
        fill("order_shipped", { 0: "Ray", 1: "A-17" }),
        fill("new_arrivals_carousel", {}),
        fill("book_visit_flow", { 0: "Ray" }),
      ]);
      expect(validateJourney(document, undefined, { templates: await store.catalog() }).filter((i) => i.severity === "error")).toEqual([]);
      const ended = await run(document, "+15550001001");
      expect(ended.status).toBe("completed");
      expect(fake.rejected).toEqual([]);
      const sent = fake.messages.filter((m) => m.user.msisdn === "+15550001001").map((m) => m.content);
      expect(sent).toEqual([
        { template: { name: "appointment_reminder", language: "en_US", components: [
          { type: "header", parameters: [{ type: "text", text: "Mon 3 May" }] },
          { type: "body", parameters: [{ type: "text", text: "Ray" }, { type: "text", text: "Dr Lee" }, { type: "text", text: "09:00" }] },
        ] } },
        { template: { name: "spring_sale", language: "en_US", components: [
          { type: "header", parameters: [{ type: "image", url: "https://cdn.example.com/v1.jpg" }] },
          { type: "body", parameters: [{ type: "text", text: "v2" }, { type: "text", text: "v3" }] },
          { type: "button", subType: "quickreply", index: 0, parameters: [{ type: "payload", payload: "Show me" }] },
          { type: "button", subType: "quickreply", index: 1, parameters: [{ type: "payload", payload: "Not now" }] },
          { type: "button", subType: "url", index: 2, parameters: [{ type: "text", text: "v6" }] },
        ] } },
        { template: { name: "order_shipped", language: "en_US", components: [
          { type: "body", parameters: [{ type: "text", text: "Ray" }, { type: "text", text: "A-17" }] },
          { type: "button", subType: "quickreply", index: 0, parameters: [{ type: "payload", payload: "Track parcel" }] },
          { type: "button", subType: "quickreply", index: 1, parameters: [{ type: "payload", payload: "See products" }] },
        ] } },
        { template: { name: "new_arrivals_carousel", language: "en_US", components: [
          { type: "body", parameters: [{ type: "text", text: "v1" }] },
          { type: "carousel", cards: [0, 1].map((k) => ({ cardIndex: k, components: [
            { type: "header", parameters: [{ type: "image", url: `https://cdn.example.com/v${2 + k * 4}.jpg` }] },
            { type: "body", parameters: [{ type: "text", text: `v${3 + k * 4}` }] },
            { type: "button", subType: "quickreply", index: 0, parameters: [{ type: "payload", payload: "I want it" }] },
            { type: "button", subType: "url", index: 1, parameters: [{ type: "text", text: `v${5 + k * 4}` }] },
          ] })) },
        ] } },
        { template: { name: "book_visit_flow", language: "en_US", components: [
          { type: "body", parameters: [{ type: "text", text: "Ray" }] },
          { type: "button", subType: "flow", index: 0, parameters: [{ type: "action" }] },
        ] } },
      ]);
    });

    it("a template that waits: a tap on one of its quick replies takes that button's output", async () => {
      const layout = (await store.list()).templates.find((t) => t.name === "order_shipped")!.layout;
      const components = componentsFor(layout).map((c) => (c.type === "body" ? { ...c, parameters: [{ type: "text", text: "Ray" }, { type: "text", text: "A-2" }] } : c));
      const document = journey([{ kind: "template", name: "order_shipped", language: "en_US", components }]);
      const node = document.nodes.find((n) => n.id === "m0")!;
      (node.data as { wait: unknown }).wait = { enabled: true, timeoutSeconds: 3600 };
      document.nodes.push({ id: "tracked", type: "end", position: { x: 600, y: 0 }, data: { outcome: "tracked" } });
      document.edges = document.edges.filter((e) => e.sourceHandle !== "next");
      document.edges.push({ id: "t", source: "m0", sourceHandle: "option:Track parcel", target: "tracked" }, { id: "s", source: "start", sourceHandle: "next", target: "m0" });
      const runId = await runtime.startApiRun(await publish(document), { msisdn: "+15550001003" }, "default", {});
      for (const deadline = Date.now() + 20_000; Date.now() < deadline && (await env.db.run.findUnique({ where: { id: runId } }))?.status !== "waiting"; await new Promise((r) => setTimeout(r, 10))) await runtime.poll();
      await customerSays(env.db, runtime, "+15550001003", { buttonId: "Track parcel" });
      const ended = await env.db.run.findUniqueOrThrow({ where: { id: runId }, include: { steps: { orderBy: { seq: "asc" } } } });
      expect(ended.status).toBe("completed");
      expect(ended.steps.map((s) => `${s.nodeId}:${s.outcome}`)).toEqual(["start:next", "m0:waiting", "m0:option:Track parcel", "tracked:end"]);
    });

    it("the fake 8x8 refuses a send whose parameters do not match the template, as 8x8 answers 1030", async () => {
      const response = await fetch(`${fake.url}/api/v1/subaccounts/Acme_WhatsApp/messages`, {
        method: "POST",
        headers: { Authorization: "Bearer key", "Content-Type": "application/json" },
        body: JSON.stringify({ user: { msisdn: "+15550001009" }, type: "template", content: { template: { name: "order_shipped", language: "en_US", components: [{ type: "body", parameters: [{ type: "text", text: "Ray" }] }] } } }),
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: 1030, message: expect.stringContaining("takes 2 parameters, not 1") });
    });

    it("a status webhook pauses a template: its sends take the failed path with the reason, never reaching 8x8", async () => {
      const layout = (await store.list()).templates.find((t) => t.name === "order_shipped")!.layout;
      const live = await publish(journey([{ kind: "template", name: "order_shipped", language: "en_US", components: componentsFor(layout).map((c) => (c.type === "body" ? { ...c, parameters: [{ type: "text", text: "Ray" }, { type: "text", text: "A-1" }] } : c)) }]));
      await fake.changeTemplate("order_shipped", "en_US", { status: "PAUSED", reason: "Low quality" });
      expect(answers.at(-1)).toEqual({ duplicate: false, applied: true });
      expect((await store.list()).templates.find((t) => t.name === "order_shipped")).toMatchObject({ status: "PAUSED", reason: "Low quality" });
      const ended = await run(live, "+15550001002");
      expect(ended.steps.map((s) => s.nodeId)).toEqual(["start", "m0", "failed"]);
      expect(ended.steps.find((s) => s.nodeId === "m0")).toMatchObject({ outcome: "failed", error: expect.stringContaining("“order_shipped” is paused in the default channel (Low quality)") });
      expect(fake.messages.filter((m) => m.user.msisdn === "+15550001002")).toEqual([]);
      // Publishing it again is refused while it is paused.
      await expect(journeyStore(env.db).publish(live)).rejects.toMatchObject({ kind: "unprocessable", details: { issues: [expect.objectContaining({ code: "template_not_approved", path: "message.name" })] } });
    });

    it("applies a webhook once, and never lets an older one overwrite a newer status", async () => {
      const event = { eventId: "evt-1", timestamp: new Date(Date.now() + 60_000).toISOString(), eventType: "template_status_update", eventDetails: { templateName: "spring_sale", templateLanguage: "en_US", meta: { status: "DISABLED" } } } as TemplateEvent;
      expect(await store.applyEvent("default", event)).toEqual({ duplicate: false, applied: true });
      expect(await store.applyEvent("default", event)).toEqual({ duplicate: true, applied: false });
      const older = { ...event, eventId: "evt-0", timestamp: new Date(Date.now() - 60_000).toISOString(), eventDetails: { ...event.eventDetails, meta: { status: "APPROVED" } } } as TemplateEvent;
      expect(await store.applyEvent("default", older)).toEqual({ duplicate: false, applied: false });
      const quality = { eventId: "evt-2", eventType: "template_quality_update", eventDetails: { templateName: "spring_sale", templateLanguage: "en_US", meta: { newQualityScore: "RED" } } } as TemplateEvent;
      expect(await store.applyEvent("default", quality)).toEqual({ duplicate: false, applied: true });
      expect((await store.list()).templates.find((t) => t.name === "spring_sale")).toMatchObject({ status: "DISABLED", quality: "RED" });
    });
  });
}
