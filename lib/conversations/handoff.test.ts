import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlOf } from "../db/sql-of";
import { expireIdleRuns } from "../engine/expire-runs";
import { fireDueTimers } from "../engine/fire-timers";
import { createRuntime, type Runtime } from "../engine/runtime";
import { parseJourneyDocument } from "../journey/parse-document";
import { journeyStore } from "../journeys/journey-store";
import { customerSays } from "../test/customer-says";
import { migratedDb, postgresAvailable, PROVIDERS } from "../test/test-databases";
import { conversationActions } from "./conversation-actions";
import { getConversation } from "./conversation-queries";

const hasPostgres = await postgresAvailable();
const agent = { userId: null, name: "Sam" };

for (const provider of PROVIDERS) {
  describe.skipIf(provider === "postgres" && !hasPostgres)(`handing a contact to a person on ${provider}`, () => {
    let env: Awaited<ReturnType<typeof migratedDb>>;
    let runtime: Runtime;

    beforeAll(async () => {
      env = await migratedDb(provider);
      runtime = createRuntime(await sqlOf(env.db), { eightByEight: null, secrets: {} });
      const parsed = parseJourneyDocument(JSON.parse(readFileSync(new URL("./fixtures/help-desk.journey.json", import.meta.url), "utf8")));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed));
      const store = journeyStore(env.db);
      await store.publish((await store.create(parsed.document)).id);
    });
    afterAll(() => env.dispose());

    const say = (msisdn: string, text: string) => customerSays(env.db, runtime, msisdn, text);
    const sent = (contactId: string) => env.db.outboxMessage.findMany({ where: { contactId }, orderBy: { createdAt: "asc" } }).then((rows) => rows.map((r) => (r.body as { content: { text?: string } }).content.text));

    it("keeps the bot quiet while a person has the conversation, then goes on along returned with their variables", async () => {
      const contactId = await say("+15558000001", "help please");
      expect(await sent(contactId)).toEqual(["Connecting you with our team…"]);
      expect(await getConversation(env.db, contactId)).toMatchObject({ status: "waiting", queue: "Billing", unread: 0 });

      // A hundred messages, one of them the trigger's keyword: none of them starts, restarts or answers anything.
      for (let i = 0; i < 100; i++) await say("+15558000001", i === 50 ? "help" : `message ${i}`);
      expect(await sent(contactId)).toHaveLength(1);
      expect((await getConversation(env.db, contactId)).unread).toBe(100);
      expect(await env.db.run.count({ where: { contactId } })).toBe(1);

      await conversationActions.take(env.db, contactId, agent);
      expect(await env.db.timer.count({ where: { run: { contactId }, firedAt: null } })).toBe(0);
      await expect(conversationActions.take(env.db, contactId, agent)).rejects.toMatchObject({ kind: "conflict" });
      await conversationActions.send(env.db, contactId, { text: "Hi, Sam here. Refund done." });
      // Past the inactivity timeout, a conversation with a person does not expire.
      expect(await expireIdleRuns(runtime.deps.sql, runtime.deps.cache, new Date(Date.now() + 30 * 3_600_000))).toBe(0);

      await conversationActions.handBack(env.db, contactId, { resolution: "refunded" });
      await runtime.kick(contactId);
      expect(await sent(contactId)).toEqual(["Connecting you with our team…", "Hi, Sam here. Refund done.", "Back with the bot: refunded"]);
      expect(await env.db.run.findFirstOrThrow({ where: { contactId } })).toMatchObject({ status: "completed" });
      expect(await getConversation(env.db, contactId)).toMatchObject({ status: "closed", resolution: "returned" });
      await expect(conversationActions.handBack(env.db, contactId, {})).rejects.toMatchObject({ kind: "not_found" });
    });

    it("notifies the business's URL with the contact, the variables and the last messages", async () => {
      const { createServer } = await import("node:http");
      const bodies: Array<Record<string, unknown>> = [];
      const server = createServer((req, res) => {
        let raw = "";
        req.on("data", (c) => (raw += c));
        req.on("end", () => (bodies.push(JSON.parse(raw)), res.writeHead(204).end()));
      });
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      process.env.HTTP_ALLOWED_HOSTS = "127.0.0.1";
      const notifying = createRuntime(await sqlOf(env.db), { eightByEight: null, secrets: {} });
      const parsed = parseJourneyDocument(JSON.parse(readFileSync(new URL("./fixtures/help-desk.journey.json", import.meta.url), "utf8")));
      if (!parsed.ok) throw new Error("fixture");
      const document = structuredClone(parsed.document);
      document.name = "Notifying desk";
      (document.nodes[0].data as { keywords: string[] }).keywords = ["notify me"];
      (document.nodes[1].data as { notifyUrl?: string }).notifyUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/handoff`;
      const store = journeyStore(env.db);
      await store.publish((await store.create(document)).id);
      await customerSays(env.db, notifying, { msisdn: "+15558000009", name: "Ana" }, "notify me");
      server.close();
      expect(bodies).toHaveLength(1);
      expect(bodies[0]).toMatchObject({ event: "handoff", queue: "Billing", contact: { msisdn: "+15558000009", name: "Ana" }, messages: [{ from: "contact", message: { type: "text", text: "notify me" } }] });
    });

    it("takes no one answered when the waiting time passes with nobody taking it", async () => {
      const contactId = await say("+15558000002", "help");
      for (const id of await fireDueTimers(runtime.deps.sql, new Date(Date.now() + 601_000))) await runtime.kick(id);
      expect(await sent(contactId)).toEqual(["Connecting you with our team…", "Sorry, nobody is free right now."]);
      expect(await getConversation(env.db, contactId)).toMatchObject({ status: "closed", resolution: "no_answer" });
    });

    it("a taken conversation does not time out, and closing it ends the run as closed by the agent", async () => {
      const contactId = await say("+15558000003", "help");
      await conversationActions.take(env.db, contactId, agent);
      for (const id of await fireDueTimers(runtime.deps.sql, new Date(Date.now() + 601_000))) await runtime.kick(id);
      expect(await sent(contactId)).toHaveLength(1);
      await conversationActions.close(env.db, contactId);
      await runtime.kick(contactId);
      const run = await env.db.run.findFirstOrThrow({ where: { contactId } });
      expect(run.status).toBe("completed");
      expect((run.waiting as { outcome: string }).outcome).toBe("closed_by_agent");
      expect(await getConversation(env.db, contactId)).toMatchObject({ status: "closed", resolution: "closed_by_agent" });
      expect(await sent(contactId)).toHaveLength(1);
    });

    it("a person's first reply takes a waiting conversation: its waiting time never answers after them", async () => {
      const contactId = await say("+15558000004", "help");
      await conversationActions.send(env.db, contactId, { text: "Sam here, looking now." }, agent);
      expect(await getConversation(env.db, contactId)).toMatchObject({ status: "assigned", assigneeName: "Sam" });
      for (const id of await fireDueTimers(runtime.deps.sql, new Date(Date.now() + 601_000))) await runtime.kick(id);
      expect(await sent(contactId)).toEqual(["Connecting you with our team…", "Sam here, looking now."]);
      expect(await env.db.run.findFirstOrThrow({ where: { contactId } })).toMatchObject({ status: "waiting" });
    });
  });
}
