import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlOf } from "../db/sql-of";
import { storageStats } from "../db/storage-stats";
import { migratedDb, postgresAvailable, PROVIDERS } from "../test/test-databases";
import { pruneDetail, RETENTION_KEY, retentionDays } from "./prune-detail";

const hasPostgres = await postgresAvailable();
const now = new Date(Date.UTC(2026, 10, 29, 12));
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

for (const provider of PROVIDERS) {
  describe.skipIf(provider === "postgres" && !hasPostgres)(`pruning old detail on ${provider}`, () => {
    let env: Awaited<ReturnType<typeof migratedDb>>;
    beforeAll(async () => {
      env = await migratedDb(provider);
      const { db } = env;
      await db.journey.create({ data: { id: "j", name: "J", document: {} } });
      await db.journeyVersion.create({ data: { id: "v", journeyId: "j", version: 1, document: {} } });
      await db.contact.create({ data: { id: "c", key: "+15550001111" } });
      const runs: Array<[string, string, Date | null, Date]> = [
        ["old", "completed", daysAgo(100), daysAgo(101)],
        ["recent", "completed", daysAgo(5), daysAgo(5)],
        ["old-but-waiting", "waiting", null, daysAgo(120)],
      ];
      for (const [id, status, endedAt, startedAt] of runs) {
        await db.run.create({ data: { id, journeyId: "j", versionId: "v", contactId: "c", status, vars: { kept: true }, startedAt, endedAt } });
        await db.runStep.create({ data: { runId: id, seq: 1, nodeId: "n", nodeType: "x", startedAt, rolledUp: true } });
        await db.outboxMessage.create({ data: { clientMessageId: `${id}:1`, runId: id, contactId: "c", body: {}, status: id === "old-but-waiting" ? "pending" : "delivered", createdAt: startedAt } });
        await db.inboxEvent.create({ data: { dedupeKey: id, kind: "message", contactId: "c", payload: {}, receivedAt: startedAt, processedAt: startedAt } });
      }
      // Not yet counted into Insights: kept until it is.
      await db.runStep.create({ data: { runId: "old", seq: 2, nodeId: "n", nodeType: "x", startedAt: daysAgo(101) } });
    });
    afterAll(() => env.dispose());

    it("removes step logs, sent messages and processed events older than the retention, and keeps the runs", async () => {
      const sql = await sqlOf(env.db);
      expect(await retentionDays(sql)).toBe(90);
      const before = await storageStats(sql);
      expect(before.bytes).toBeGreaterThan(0);
      expect(before.oldestStep).toBe(daysAgo(120).toISOString());

      expect(await pruneDetail(sql, now)).toEqual({ steps: 1, messages: 1, events: 2 });
      expect((await env.db.runStep.findMany()).map((s) => `${s.runId}:${s.seq}`).sort()).toEqual(["old-but-waiting:1", "old:2", "recent:1"]);
      await env.db.runStep.updateMany({ data: { rolledUp: true } });
      // A message not yet sent is never pruned, however old: the dispatcher still needs it.
      expect((await env.db.outboxMessage.findMany()).map((m) => m.runId).sort()).toEqual(["old-but-waiting", "recent"]);
      expect(await env.db.run.count()).toBe(3);
      expect(await pruneDetail(sql, now)).toEqual({ steps: 1, messages: 0, events: 0 });
      expect(await pruneDetail(sql, now)).toEqual({ steps: 0, messages: 0, events: 0 });

      await env.db.setting.create({ data: { key: RETENTION_KEY, value: 3 } });
      expect(await retentionDays(sql)).toBe(3);
      expect(await pruneDetail(sql, now)).toEqual({ steps: 1, messages: 1, events: 1 });
      expect((await storageStats(sql)).oldestStep).toBe(daysAgo(120).toISOString());
    });
  });
}
