import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlOf } from "../db/sql-of";
import { createRuntime, type Runtime } from "../engine/runtime";
import { parseJourneyDocument } from "../journey/parse-document";
import { journeyStore } from "../journeys/journey-store";
import { exploreRuns } from "../runs/explore-runs";
import { listRunsQuery } from "../runs/explorer-schemas";
import { customerSays } from "../test/customer-says";
import { migratedDb, postgresAvailable, PROVIDERS } from "../test/test-databases";
import { rollUpInsights } from "./roll-up-insights";
import { versionInsights } from "./version-insights";

const hasPostgres = await postgresAvailable();

/** "hi" → greet, whose "next" has nothing connected: the journey format says the run completes there. */
const greeting = {
  schema: "journey/v1",
  name: "Open output",
  settings: { reentry: "restart", inactivityTimeoutHours: 24, windowFallbackTemplate: null },
  nodes: [
    { id: "trigger", type: "trigger.inbound", position: { x: 0, y: 0 }, data: { match: "exact", keywords: ["hi"] } },
    { id: "greet", type: "message", position: { x: 320, y: 0 }, data: { message: { kind: "text", text: "Hello!" } } },
  ],
  edges: [{ id: "e1", source: "trigger", sourceHandle: "next", target: "greet" }],
};

for (const provider of PROVIDERS) {
  describe.skipIf(provider === "postgres" && !hasPostgres)(`a run that ends through an open output on ${provider}`, () => {
    let env: Awaited<ReturnType<typeof migratedDb>>;
    let runtime: Runtime;
    beforeAll(async () => {
      env = await migratedDb(provider);
      runtime = createRuntime(await sqlOf(env.db), { eightByEight: null, secrets: {} });
    });
    afterAll(() => env.dispose());

    it("is counted and found as ended at the step it left", async () => {
      const parsed = parseJourneyDocument(greeting);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      const store = journeyStore(env.db);
      const { id } = await store.create(parsed.document);
      await store.publish(id);
      for (let i = 0; i < 3; i++) await customerSays(env.db, runtime, `+1555830000${i}`, "hi");
      const sql = await sqlOf(env.db);
      await rollUpInsights(sql, runtime.deps.cache.version);
      const version = await env.db.journeyVersion.findFirstOrThrow({ where: { journeyId: id } });
      const figures = await versionInsights(sql, version.id, new Date(Date.now() - 86_400_000), new Date(Date.now() + 86_400_000));
      expect(figures.steps.greet).toMatchObject({ entered: 3, now: 0, outcomes: {}, dropped: expect.objectContaining({ ended: 3 }) });
      expect(figures.runs.completed).toBe(3);
      const ended = await exploreRuns(sql, listRunsQuery.parse({ journeyId: id, endedAt: "greet" }));
      expect(ended.runs).toHaveLength(3);
    });
  });
}
