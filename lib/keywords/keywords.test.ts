import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlOf } from "../db/sql-of";
import { createRuntime, type Runtime } from "../engine/runtime";
import { parseJourneyDocument } from "../journey/parse-document";
import { sampleJourneys } from "../journey/samples";
import { journeyStore } from "../journeys/journey-store";
import { customerSays } from "../test/customer-says";
import { migratedDb, postgresAvailable, PROVIDERS } from "../test/test-databases";
import { KEYWORDS_KEY } from "../whatsapp/keyword-settings";
import { fireDueTimers, nextTimerDue } from "../engine/fire-timers";
import { conversationActions } from "../conversations/conversation-actions";
import mainMenu from "./fixtures/main-menu.journey.json";

const hasPostgres = await postgresAvailable();

for (const provider of PROVIDERS) {
  describe.skipIf(provider === "postgres" && !hasPostgres)(`keywords on ${provider}`, () => {
    let env: Awaited<ReturnType<typeof migratedDb>>;
    let runtime: Runtime;
    let nps: string;

    beforeAll(async () => {
      env = await migratedDb(provider);
      runtime = createRuntime(await sqlOf(env.db), { eightByEight: null, secrets: {} });
      const store = journeyStore(env.db);
      for (const sample of [sampleJourneys[0], sampleJourneys[2]]) {
        const parsed = parseJourneyDocument(sample);
        if (!parsed.ok) throw new Error("sample");
        const created = await store.create(parsed.document);
        await store.publish(created.id);
        if (sample === sampleJourneys[2]) nps = created.id;
      }
    });
    afterAll(() => env.dispose());

    const say = (msisdn: string, text: string) => customerSays(env.db, runtime, msisdn, text);
    const texts = (contactId: string) =>
      env.db.outboxMessage.findMany({ where: { contactId }, orderBy: { createdAt: "asc" } }).then((rows) => rows.map((r) => (r.body as { type: string; content: { text?: string } }).content.text ?? (r.body as { type: string }).type));

    it("STOP ends the run as opted out and confirms once; START lifts it", async () => {
      const contactId = await say("+15558100001", "I want to book");
      expect(await env.db.run.findFirstOrThrow({ where: { contactId } })).toMatchObject({ status: "waiting" });
      await say("+15558100001", "stop");
      const run = await env.db.run.findFirstOrThrow({ where: { contactId } });
      expect(run.status).toBe("completed");
      expect((run.waiting as { outcome: string }).outcome).toBe("opted_out");
      expect((await env.db.contact.findUniqueOrThrow({ where: { id: contactId } })).optedOutAt).not.toBeNull();
      expect((await texts(contactId)).at(-1)).toContain("You will not get messages from us any more");
      await say("+15558100001", "START");
      expect((await env.db.contact.findUniqueOrThrow({ where: { id: contactId } })).optedOutAt).toBeNull();
      expect((await texts(contactId)).at(-1)).toBe("Welcome back: you will get our messages again.");
      // START from someone not opted out is just a message (here: no trigger matches it).
      const before = (await texts(contactId)).length;
      await say("+15558100001", "start");
      expect(await texts(contactId)).toHaveLength(before);
    });

    it("AGENT hands the contact to a person: the bot stays quiet until the conversation is closed", async () => {
      const contactId = await say("+15558100002", "book please");
      await say("+15558100002", "AGENT");
      expect(await env.db.conversation.findFirstOrThrow({ where: { contactId } })).toMatchObject({ status: "waiting", queue: "Support", runId: null });
      const sent = (await texts(contactId)).length;
      await say("+15558100002", "book");
      expect(await texts(contactId)).toHaveLength(sent);
      expect(await env.db.run.count({ where: { contactId } })).toBe(1);
    });

    it("AGENT says the workspace's message and waits its waiting time; nobody taking it closes it as no answer and the bot is back", async () => {
      const contactId = await say("+15558100006", "AGENT");
      expect(await texts(contactId)).toEqual(["Connecting you with our team…"]);
      const conversation = await env.db.conversation.findFirstOrThrow({ where: { contactId } });
      expect(conversation.waitUntil!.getTime() - conversation.createdAt.getTime()).toBe(30 * 60_000);
      expect((await nextTimerDue(runtime.deps.sql))!.getTime()).toBeLessThanOrEqual(conversation.waitUntil!.getTime());
      const fire = async (minutes: number) => {
        for (const id of await fireDueTimers(runtime.deps.sql, new Date(Date.now() + minutes * 60_000))) await runtime.kick(id);
      };
      await fire(29);
      expect(await env.db.conversation.findFirstOrThrow({ where: { contactId } })).toMatchObject({ status: "waiting" });
      await fire(31);
      expect(await env.db.conversation.findFirstOrThrow({ where: { contactId } })).toMatchObject({ status: "closed", resolution: "no_answer", waitUntil: null });
      expect(await texts(contactId)).toEqual(["Connecting you with our team…", "Nobody is free to answer right now. Write AGENT to try again later."]);
      await fire(60);
      expect(await texts(contactId)).toHaveLength(2);
      await say("+15558100006", "book");
      expect(await env.db.run.count({ where: { contactId } })).toBe(1);
    });

    it("MENU with no journey chosen ends the run, then starts the journey whose trigger is \"menu\"", async () => {
      const parsed = parseJourneyDocument(mainMenu);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      const store = journeyStore(env.db);
      await store.publish((await store.create(parsed.document)).id);
      // No run yet: the keyword is also the trigger, and the trigger takes it.
      const contactId = await say("+15558100005", "Menu");
      expect(await texts(contactId)).toEqual(["Main menu: reply BOOK or HOURS"]);
      // Inside another journey's run: that run ends, the menu journey starts.
      await say("+15558100005", "book");
      expect(await env.db.run.count({ where: { contactId, status: "waiting" } })).toBe(1);
      await say("+15558100005", "MENU");
      const runs = await env.db.run.findMany({ where: { contactId }, orderBy: { startedAt: "asc" } });
      expect(runs.map((r) => r.status)).toEqual(["completed", "cancelled", "completed"]);
      expect(runs[1].error).toBe("Restarted by a keyword");
      expect((await texts(contactId)).filter((t) => t.startsWith("Main menu"))).toHaveLength(2);
    });

    it("MENU ends the run and starts the chosen journey", async () => {
      await env.db.setting.upsert({ where: { key: KEYWORDS_KEY }, create: { key: KEYWORDS_KEY, value: { restartJourneyId: nps } }, update: { value: { restartJourneyId: nps } } });
      // The runtime sees the change through the live revision, as the settings route moves it.
      await env.db.setting.upsert({ where: { key: "live_revision" }, create: { key: "live_revision", value: "kw-1" }, update: { value: "kw-1" } });
      const contactId = await say("+15558100003", "book");
      await say("+15558100003", "menu");
      const runs = await env.db.run.findMany({ where: { contactId }, orderBy: { startedAt: "asc" } });
      expect(runs.map((r) => [r.journeyId === nps, r.status])).toEqual([[false, "cancelled"], [true, "waiting"]]);
      expect(runs[0].error).toBe("Restarted by a keyword");
    });

    it("an AGENT conversation a person took never times out; handed back, it starts the restart journey with their variables", async () => {
      // The restart journey is the survey (chosen by the test above).
      const contactId = await say("+15558100007", "agent");
      await conversationActions.take(env.db, contactId, { userId: null, name: "Sam" });
      for (const id of await fireDueTimers(runtime.deps.sql, new Date(Date.now() + 120 * 60_000))) await runtime.kick(id);
      expect(await env.db.conversation.findFirstOrThrow({ where: { contactId } })).toMatchObject({ status: "assigned" });
      expect(await texts(contactId)).toHaveLength(1);
      await conversationActions.handBack(env.db, contactId, { resolution: "address changed" });
      await runtime.kick(contactId);
      expect(await env.db.conversation.findFirstOrThrow({ where: { contactId } })).toMatchObject({ status: "closed", resolution: "returned" });
      const run = await env.db.run.findFirstOrThrow({ where: { contactId } });
      expect(run.journeyId).toBe(nps);
      expect(run.vars).toMatchObject({ resolution: "address changed" });
      expect((await texts(contactId)).length).toBeGreaterThan(1);
    });

    it("a tap on a button labelled STOP is not a keyword", async () => {
      const contactId = await say("+15558100004", "book");
      await customerSays(env.db, runtime, "+15558100004", { buttonId: "stop", title: "STOP" });
      expect((await env.db.contact.findUniqueOrThrow({ where: { id: contactId } })).optedOutAt).toBeNull();
    });
  });
}
