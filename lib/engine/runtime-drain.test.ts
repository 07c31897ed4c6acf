import { EventEmitter } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFake8x8, type Fake8x8 } from "../channels/8x8/fake/fake-8x8-server";
import { sqlOf } from "../db/sql-of";
import { publishJourney } from "../test/publish-journey";
import { exitGracefully, phase, setPhase } from "../api/lifecycle";
import { customerSays } from "../test/customer-says";
import { migratedDb, postgresAvailable, PROVIDERS } from "../test/test-databases";
import { ingestMessage } from "./ingest-webhook";
import { inboundEvent } from "../channels/8x8/fake/inbound-event";
import { inboundMessageEvent } from "../whatsapp/webhook-schema";
import { createRuntime, type Runtime } from "./runtime";
import slowBackend from "./fixtures/slow-backend.journey.json";

const hasPostgres = await postgresAvailable();

/** The business's API, answering only when the test lets it. */
function gatedBackend() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  let called!: () => void;
  const reached = new Promise<void>((resolve) => (called = resolve));
  return {
    http: async () => (called(), await opened, { status: 200, headers: {}, body: { state: "shipped" } }),
    open,
    reached,
  };
}

for (const provider of PROVIDERS) {
  describe.skipIf(provider === "postgres" && !hasPostgres)(`a draining runtime on ${provider}`, () => {
    let env: Awaited<ReturnType<typeof migratedDb>>;
    let fake: Fake8x8;

    beforeAll(async () => {
      env = await migratedDb(provider);
      fake = await startFake8x8({ apiKey: "key", subAccountId: "Acme_WhatsApp" });
      await publishJourney(env.db, slowBackend);
    });
    afterAll(async () => {
      await fake.close();
      await env.dispose();
    });

    const newRuntime = async (http: Runtime["deps"]["http"]) =>
      createRuntime(await sqlOf(env.db), { eightByEight: { baseUrl: fake.url, apiKey: "key", subAccountId: "Acme_WhatsApp" }, http, sharedDatabase: provider === "postgres", pollMs: 60_000 });
    const store = async (msisdn: string, text: string) => (await ingestMessage(env.db, inboundMessageEvent.parse(inboundEvent({ msisdn }, { text })))).contactId!;

    it("lets the lane at work finish its event and the send go out, takes nothing new, and gives up its leases", async () => {
      const backend = gatedBackend();
      const runtime = await newRuntime(backend.http);
      runtime.start();
      const working = customerSays(env.db, runtime, "+15557700001", "status");
      await backend.reached;
      const draining = runtime.drain(new Date(Date.now() + 10_000));
      // Arrives while draining: stored, left for the next instance.
      const later = await store("+15557700002", "status");
      void runtime.kick(later);
      backend.open();
      expect(await draining).toBe(true);
      await working;
      expect(fake.messages.map((m) => [m.user.msisdn, (m.content as { text?: string }).text])).toEqual([["+15557700001", "Your order is on its way"]]);
      expect(await env.db.inboxEvent.count({ where: { contactId: later, processedAt: null } })).toBe(1);
      expect(await env.db.contact.count({ where: { laneOwner: { not: null } } })).toBe(0);

      // The next instance picks it up.
      const next = await newRuntime(async () => ({ status: 200, headers: {}, body: {} }));
      await next.kick(later);
      await next.wakeDispatcher();
      expect(fake.messages.filter((m) => m.user.msisdn === "+15557700002")).toHaveLength(1);
      next.stop();
    });

    it("stops waiting at its deadline, so the process can exit with work left for the next instance", async () => {
      const backend = gatedBackend();
      const runtime = await newRuntime(backend.http);
      const working = customerSays(env.db, runtime, "+15557700003", "status");
      await backend.reached;
      expect(await runtime.drain(new Date(Date.now() + 300))).toBe(false);
      backend.open();
      await working;
      // Let the send it held be recorded before the database goes.
      expect(await runtime.drain(new Date(Date.now() + 10_000))).toBe(true);
    });
  });
}

describe("SIGTERM", () => {
  it("drains once for the copies of one signal, exits at once on another a second later, and readiness goes red first", async () => {
    const signals = new EventEmitter();
    const exits: number[] = [];
    let finish!: (finished: boolean) => void;
    const deadlines: Date[] = [];
    setPhase("ready");
    exitGracefully((deadline) => (deadlines.push(deadline), new Promise<boolean>((resolve) => (finish = resolve))), 20_000, { signals, exit: (code) => exits.push(code) });
    signals.emit("SIGTERM");
    signals.emit("SIGTERM"); // the process group's copy
    expect(phase()).toBe("draining");
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0].getTime() - Date.now()).toBeGreaterThan(19_000);
    expect(exits).toEqual([]);
    finish(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(exits).toEqual([0]);

    const impatient = new EventEmitter();
    const codes: number[] = [];
    exitGracefully(() => new Promise<boolean>(() => {}), 20_000, { signals: impatient, exit: (code) => codes.push(code) });
    impatient.emit("SIGTERM");
    const realNow = Date.now;
    Date.now = () => realNow() + 1500;
    try {
      impatient.emit("SIGTERM");
    } finally {
      Date.now = realNow;
    }
    expect(codes).toEqual([143]);
  });
});
