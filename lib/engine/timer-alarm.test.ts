import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFake8x8, type Fake8x8 } from "../channels/8x8/fake/fake-8x8-server";
import { openRawConnection } from "../db/open-raw-connection";
import { sqlOf } from "../db/sql-of";
import { parseJourneyDocument } from "../journey/parse-document";
import { journeyStore } from "../journeys/journey-store";
import { migratedDb, postgresAvailable, PROVIDERS } from "../test/test-databases";
import { customerSays } from "../test/customer-says";
import { createRuntime, type Runtime } from "./runtime";
import { timerAlarm } from "./timer-alarm";

const hasPostgres = await postgresAvailable();

/** A journey started by `keyword` that says hello, sleeps `delay`, then says it woke up. */
function sleeper(keyword: string, delay: { seconds?: number; until?: string }) {
  const parsed = parseJourneyDocument({
    schema: "journey/v1", name: "Sleeper",
    nodes: [
      { id: "start", type: "trigger.inbound", position: { x: 0, y: 0 }, data: { match: "exact", keywords: [keyword] } },
      { id: "hello", type: "message", position: { x: 300, y: 0 }, data: { message: { kind: "text", text: "Hello" } } },
      { id: "sleep", type: "delay", position: { x: 600, y: 0 }, data: delay },
      { id: "woke", type: "message", position: { x: 900, y: 0 }, data: { message: { kind: "text", text: "Woke up" } } },
    ],
    edges: [
      { id: "e1", source: "start", sourceHandle: "next", target: "hello" },
      { id: "e2", source: "hello", sourceHandle: "next", target: "sleep" },
      { id: "e3", source: "sleep", sourceHandle: "next", target: "woke" },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.document;
}

for (const provider of PROVIDERS) {
  describe.skipIf(provider === "postgres" && !hasPostgres)(`timer alarm on ${provider}`, () => {
    let env: Awaited<ReturnType<typeof migratedDb>>;
    let fake: Fake8x8;
    let runtime: Runtime;

    beforeAll(async () => {
      env = await migratedDb(provider);
      fake = await startFake8x8({ apiKey: "key", subAccountId: "Acme_WhatsApp" });
      // An hour between polls: whatever fires a timer here is the alarm.
      runtime = createRuntime(await sqlOf(env.db), { eightByEight: { baseUrl: fake.url, apiKey: "key", subAccountId: "Acme_WhatsApp" }, pollMs: 3_600_000 });
      runtime.start();
    });
    afterAll(async () => {
      runtime.stop();
      await fake.close();
      await env.dispose();
    });

    const publish = async (document: ReturnType<typeof sleeper>) => {
      const store = journeyStore(env.db);
      const { id } = await store.create(document);
      await store.publish(id);
      return id;
    };

    it("a delay wakes its run when due, with no poll in between", async () => {
      await publish(sleeper("nap", { seconds: 1 }));
      fake.reset();
      const contactId = await customerSays(env.db, runtime, "+15550002001", "nap");
      const [woke] = (await fake.waitForMessages(2, 15_000)).slice(1);
      expect(woke.content).toMatchObject({ text: "Woke up" });
      const run = await env.db.run.findFirstOrThrow({ where: { contactId }, include: { timers: true } });
      expect(run.status).toBe("completed");
      expect(run.timers).toHaveLength(1);
      expect(run.timers[0].firedAt!.getTime()).toBeGreaterThanOrEqual(run.timers[0].dueAt.getTime());
    });

    it("a later timer does not push back an earlier one; each wakes its own run once", async () => {
      await publish(sleeper("short nap", { seconds: 1 }));
      await publish(sleeper("long nap", { seconds: 2 }));
      fake.reset();
      await customerSays(env.db, runtime, "+15550002002", "long nap");
      await customerSays(env.db, runtime, "+15550002003", "short nap");
      const sent = await fake.waitForMessages(4, 15_000);
      const wokeUp = sent.filter((m) => (m.content as { text?: string }).text === "Woke up").map((m) => m.user.msisdn);
      expect(wokeUp).toEqual(["+15550002003", "+15550002002"]);
      await runtime.wakeDispatcher();
      expect(fake.messages).toHaveLength(4);
    });
  });
}

describe.skipIf(!hasPostgres)("timers across two instances on postgres", () => {
  let env: Awaited<ReturnType<typeof migratedDb>>;
  let fake: Fake8x8;
  beforeAll(async () => {
    env = await migratedDb("postgres");
    fake = await startFake8x8({ apiKey: "key", subAccountId: "Acme_WhatsApp" });
  });
  afterAll(async () => {
    await fake.close();
    await env.dispose();
  });

  it("both alarms wake for the same timers, and each goes off once: one event, one message", async () => {
    const store = journeyStore(env.db);
    const { id } = await store.create(sleeper("nap", { seconds: 1 }));
    await store.publish(id);
    // Two instances: each its own connections, lanes, alarm and poller, the same database.
    const sqls = [await sqlOf(env.db), await openRawConnection(env.target, { poolSize: 4 })];
    const config = { baseUrl: fake.url, apiKey: "key", subAccountId: "Acme_WhatsApp" };
    const instances = sqls.map((sql) => createRuntime(sql, { eightByEight: config, sharedDatabase: true, pollMs: 3_600_000 }));
    instances.forEach((instance) => instance.start());
    const contacts = Array.from({ length: 10 }, (_, i) => `+1555030${String(i).padStart(4, "0")}`);
    try {
      for (const [i, msisdn] of contacts.entries()) await customerSays(env.db, instances[i % 2], msisdn, "nap");
      // Each instance learns of the other's timers from the table, as its poll would.
      await Promise.all(instances.map((instance) => instance.poll()));
      await fake.waitForMessages(2 * contacts.length, 20_000);
      await Promise.all(instances.map((instance) => instance.wakeDispatcher()));
    } finally {
      instances.forEach((instance) => instance.stop());
      await sqls[1].close();
    }
    for (const msisdn of contacts) {
      expect(fake.messages.filter((m) => m.user.msisdn === msisdn).map((m) => (m.content as { text: string }).text), msisdn).toEqual(["Hello", "Woke up"]);
    }
    expect(await env.db.inboxEvent.count({ where: { kind: "timer" } })).toBe(contacts.length);
    expect(await env.db.run.count({ where: { status: "completed" } })).toBe(contacts.length);
  });
});

describe("timerAlarm", () => {
  it("fires once for the earliest time it was armed for, then arms for what is next", async () => {
    const fired: number[] = [];
    let due = [Date.now() + 30, Date.now() + 60];
    let done: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const alarm = timerAlarm(
      async () => {
        fired.push(due.length);
        due = due.slice(1);
        if (due.length === 0) done();
      },
      async () => (due.length ? new Date(due[0]) : null),
      () => new Date(),
    );
    alarm.arm(new Date(due[0]));
    expect(fired).toEqual([]);
    alarm.start();
    alarm.arm(new Date(due[1]));
    alarm.arm(new Date(due[0]));
    await finished;
    expect(fired).toEqual([2, 1]);
    alarm.stop();
  });

  it("a stopped alarm never fires", async () => {
    let fired = 0;
    const alarm = timerAlarm(async () => void fired++, async () => null, () => new Date());
    alarm.start();
    alarm.arm(new Date(Date.now() + 5));
    alarm.stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fired).toBe(0);
  });
});
