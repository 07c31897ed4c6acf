import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeTransaction } from "../db/write-transaction";
import { migratedDb, postgresAvailable, PROVIDERS } from "../test/test-databases";
import { CANCELLED_BY_HAND, cancelRuns } from "./cancel-runs";

const hasPostgres = await postgresAvailable();

for (const provider of PROVIDERS) {
  describe.skipIf(provider === "postgres" && !hasPostgres)(`cancelling runs on ${provider}`, () => {
    let env: Awaited<ReturnType<typeof migratedDb>>;
    beforeAll(async () => (env = await migratedDb(provider)));
    afterAll(() => env.dispose());

    it("ends only waiting and sleeping runs: their timers go, their unsent messages are not sent, their version moves", async () => {
      const { db } = env;
      await db.journey.create({ data: { id: "j", name: "J", document: {} } });
      await db.journeyVersion.create({ data: { id: "v", journeyId: "j", version: 1, document: {} } });
      await db.contact.create({ data: { id: "c", key: "+15550001111" } });
      for (const [id, status] of [["sleeping", "sleeping"], ["done", "completed"]]) {
        await db.run.create({ data: { id, journeyId: "j", versionId: "v", contactId: "c", status, vars: {}, stateVersion: 3 } });
        await db.timer.create({ data: { runId: id, kind: "delay", armedAt: 3, dueAt: new Date(Date.now() + 3_600_000) } });
        await db.runStep.create({ data: { runId: id, seq: 4, nodeId: "pause", nodeType: "delay", outcome: id === "done" ? "next" : "sleeping" } });
        await db.outboxMessage.create({ data: { clientMessageId: `${id}:1`, runId: id, contactId: "c", body: {} } });
      }
      expect(await writeTransaction(db, (tx) => cancelRuns(tx, { id: "sleeping" }, CANCELLED_BY_HAND))).toBe(1);
      expect(await writeTransaction(db, (tx) => cancelRuns(tx, { id: "done" }, CANCELLED_BY_HAND))).toBe(0);

      expect(await db.run.findUniqueOrThrow({ where: { id: "sleeping" } })).toMatchObject({ status: "cancelled", error: CANCELLED_BY_HAND, stateVersion: 4, endedAt: expect.any(Date) });
      expect(await db.run.findUniqueOrThrow({ where: { id: "done" } })).toMatchObject({ status: "completed", stateVersion: 3 });
      expect((await db.timer.findFirstOrThrow({ where: { runId: "sleeping" } })).firedAt).not.toBeNull();
      expect((await db.timer.findFirstOrThrow({ where: { runId: "done" } })).firedAt).toBeNull();
      expect(await db.outboxMessage.findFirstOrThrow({ where: { runId: "sleeping" } })).toMatchObject({ status: "failed", errorCode: "cancelled" });
      expect((await db.outboxMessage.findFirstOrThrow({ where: { runId: "done" } })).status).toBe("pending");
    });
  });
}
