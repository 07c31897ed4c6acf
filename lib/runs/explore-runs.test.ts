import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "../db/generated/sqlite/client";
import { sqlOf } from "../db/sql-of";
import { migratedDb, postgresAvailable, PROVIDERS } from "../test/test-databases";
import { cancellableRunIds, countRuns, eachRun, exploreRuns } from "./explore-runs";
import { listRunsQuery } from "./explorer-schemas";

const hasPostgres = await postgresAvailable();
const at = (minute: number) => new Date(Date.UTC(2026, 10, 29, 9, minute));
const q = (params: Record<string, string> = {}) => listRunsQuery.parse(params);

for (const provider of PROVIDERS) {
  describe.skipIf(provider === "postgres" && !hasPostgres)(`the run explorer on ${provider}`, () => {
    let env: Awaited<ReturnType<typeof migratedDb>>;
    beforeAll(async () => {
      env = await migratedDb(provider);
      const { db } = env;
      await db.journey.create({ data: { id: "booking", name: "Booking", document: {} } });
      await db.journey.create({ data: { id: "nps", name: "NPS", document: {} } });
      await db.journeyVersion.create({ data: { id: "b1", journeyId: "booking", version: 1, document: {} } });
      await db.journeyVersion.create({ data: { id: "b2", journeyId: "booking", version: 2, document: {} } });
      await db.journeyVersion.create({ data: { id: "n1", journeyId: "nps", version: 1, document: {} } });
      await db.contact.create({ data: { id: "ann", key: "+15550000001", msisdn: "+15550000001", name: "Ann Lee" } });
      await db.contact.create({ data: { id: "bob", key: "+15550000002", msisdn: "+15550000002", name: "Bob Ng" } });
      const runs: Array<[string, string, string, string, string, string | null, Prisma.InputJsonObject, string[]]> = [
        // id, journey, version, contact, status, currentNode, vars, steps (last one's outcome "end" for completed)
        ["r1", "booking", "b1", "ann", "completed", null, { service: "checkup" }, ["trigger", "menu", "done"]],
        ["r2", "booking", "b2", "bob", "waiting", "menu", { service: "whitening" }, ["trigger", "menu"]],
        ["r3", "booking", "b2", "ann", "failed", "fetch", { service: "checkup", slots: { count: 3 } }, ["trigger", "menu", "fetch"]],
        ["r4", "nps", "n1", "bob", "expired", "ask", {}, ["trigger", "ask"]],
        ["r5", "booking", "b2", "bob", "sleeping", "pause", { service: "consult" }, ["trigger", "pause"]],
      ];
      for (const [i, [id, journeyId, versionId, contactId, status, currentNode, vars, steps]] of runs.entries()) {
        await db.run.create({ data: { id, journeyId, versionId, contactId, status, currentNode, vars, startedAt: at(i) } });
        for (const [seq, nodeId] of steps.entries()) {
          await db.runStep.create({ data: { runId: id, seq: seq + 1, nodeId, nodeType: "x", outcome: seq === steps.length - 1 && status === "completed" ? "end" : "next" } });
        }
      }
      await db.outboxMessage.create({ data: { clientMessageId: "r3:2", runId: "r3", contactId: "ann", body: {}, status: "failed", errorCode: "1022" } });
      await db.run.create({ data: { id: "preview", journeyId: "booking", versionId: "b2", contactId: "ann", status: "completed", vars: {}, preview: true, startedAt: at(9) } });
    });
    afterAll(() => env.dispose());

    const ids = async (params: Record<string, string>) => (await exploreRuns(await sqlOf(env.db), q(params))).runs.map((r) => r.id);

    it("lists production runs newest first, a page at a time, never repeating or losing one", async () => {
      const sql = await sqlOf(env.db);
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await exploreRuns(sql, q({ limit: "2", ...(cursor && { cursor }) }));
        seen.push(...page.runs.map((r) => r.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(["r5", "r4", "r3", "r2", "r1"]);
      expect(await countRuns(sql, q())).toEqual({ count: 5, capped: false });
      expect(await countRuns(sql, q(), 3)).toEqual({ count: 3, capped: true });
      const first = (await exploreRuns(sql, q({ limit: "1" }))).runs[0];
      expect(first).toMatchObject({ journeyName: "Booking", version: 2, status: "sleeping", contact: { name: "Bob Ng", channelId: "default" } });
    });

    it("filters by journey, version, status, contact, and start time", async () => {
      expect(await ids({ journeyId: "nps" })).toEqual(["r4"]);
      expect(await ids({ journeyId: "booking", version: "1" })).toEqual(["r1"]);
      expect(await ids({ status: "waiting" })).toEqual(["r2"]);
      expect(await ids({ contact: "+15550000001" })).toEqual(["r3", "r1"]);
      expect(await ids({ contact: "lee" })).toEqual(["r3", "r1"]);
      // The text is searched for as it is: a % or _ is no wildcard.
      expect(await ids({ contact: "%" })).toEqual([]);
      expect(await ids({ contact: "_" })).toEqual([]);
      expect(await ids({ contact: "Ann_Lee" })).toEqual([]);
      expect(await ids({ from: at(1).toISOString(), to: at(3).toISOString() })).toEqual(["r3", "r2"]);
    });

    it("filters by a step reached, the step a run ended at, and an 8x8 error code", async () => {
      expect(await ids({ reached: "menu" })).toEqual(["r3", "r2", "r1"]);
      expect(await ids({ endedAt: "done" })).toEqual(["r1"]);
      expect(await ids({ endedAt: "fetch" })).toEqual(["r3"]);
      expect(await ids({ endedAt: "ask" })).toEqual(["r4"]);
      // Waiting there is not ending there.
      expect(await ids({ endedAt: "menu" })).toEqual([]);
      expect(await ids({ errorCode: "1022" })).toEqual(["r3"]);
    });

    it("a run that left a step through an output with nothing connected ended at that step", async () => {
      const { db } = env;
      await db.run.create({ data: { id: "r6", journeyId: "nps", versionId: "n1", contactId: "ann", status: "completed", currentNode: null, vars: {}, startedAt: at(6) } });
      await db.runStep.create({ data: { runId: "r6", seq: 1, nodeId: "trigger", nodeType: "x", outcome: "next" } });
      await db.runStep.create({ data: { runId: "r6", seq: 2, nodeId: "ask", nodeType: "x", outcome: "waiting" } });
      await db.runStep.create({ data: { runId: "r6", seq: 3, nodeId: "ask", nodeType: "x", outcome: "option:yes" } });
      try {
        expect(await ids({ endedAt: "ask" })).toEqual(["r6", "r4"]);
        expect(await ids({ endedAt: "trigger" })).toEqual([]);
        // A completed run that went on along a step's Failed output is marked, unlike a clean one.
        await db.runStep.update({ where: { runId_seq: { runId: "r6", seq: 2 } }, data: { outcome: "failed" } });
        const rows = (await exploreRuns(await sqlOf(db), q({ journeyId: "nps" }))).runs;
        expect(rows.map((r) => [r.id, r.status, r.errorPath])).toEqual([["r6", "completed", true], ["r4", "expired", false]]);
        expect((await exploreRuns(await sqlOf(db), q({ limit: "10" }))).runs.find((r) => r.id === "r1")?.errorPath).toBe(false);
        // So is one whose HTTP request went on along its Error output.
        await db.runStep.update({ where: { runId_seq: { runId: "r6", seq: 2 } }, data: { outcome: "error" } });
        expect((await exploreRuns(await sqlOf(db), q({ journeyId: "nps" }))).runs[0]).toMatchObject({ id: "r6", errorPath: true });
      } finally {
        await db.runStep.deleteMany({ where: { runId: "r6" } });
        await db.run.delete({ where: { id: "r6" } });
      }
    });

    it("filters by a variable's value: equal, not equal (missing counts), contains, exists, nested", async () => {
      expect(await ids({ var: "service", value: "checkup" })).toEqual(["r3", "r1"]);
      expect(await ids({ var: "service", op: "ne", value: "checkup" })).toEqual(["r5", "r4", "r2"]);
      expect(await ids({ var: "service", op: "contains", value: "it" })).toEqual(["r2"]);
      expect(await ids({ var: "service", op: "exists" })).toEqual(["r5", "r3", "r2", "r1"]);
      expect(await ids({ var: "slots.count", value: "3" })).toEqual(["r3"]);
    });

    it("exports every match with its variables, and knows which of them can be cancelled", async () => {
      const sql = await sqlOf(env.db);
      const all = [];
      for await (const run of eachRun(sql, q({ journeyId: "booking" }), 2)) all.push(run);
      expect(all.map((r) => r.id)).toEqual(["r5", "r3", "r2", "r1"]);
      expect(all[1].vars).toEqual({ service: "checkup", slots: { count: 3 } });
      expect((await cancellableRunIds(sql, q({ journeyId: "booking" }))).sort()).toEqual(["r2", "r5"]);
    });
  });
}
