/**
 * Insights on N step events (default 1,000,000; `N=100000` for a quick look), on SQLite
 * and, when it answers at TEST_POSTGRES_URL, PostgreSQL: how fast the roll-up folds the step
 * log into aggregates, and how fast the overlay's figures answer for 24 h, 7 and 30 days.
 * Baseline: the same counts read by scanning the step log (what the aggregates avoid).
 * The step log is written by SQL itself: runs of the booking sample over 30 days, each a
 * trigger, a menu that waits, the answer (or its timeout) and an end.
 * Run: npm run bench:insights
 */
import type { RawConnection } from "../../lib/db/raw-connection";
import { journeyCache } from "../../lib/engine/journey-cache";
import { rollUpInsights, type RollupCursor } from "../../lib/insights/roll-up-insights";
import { versionInsights } from "../../lib/insights/version-insights";
import { sampleJourneys } from "../../lib/journey/samples";
import { onEachDatabase } from "./bench-databases";
import { ms, timed } from "./timed";

const N = Number(process.env.N ?? 1_000_000);
const REPEAT = 40;
const DAY = 86_400_000;
const END = Date.UTC(2026, 11, 1);

await onEachDatabase(async (sql, provider) => {
  const seeded = performance.now();
  await seed(sql, N / 4);
  const seedSeconds = (performance.now() - seeded) / 1000;
  const cache = journeyCache(sql);
  const rolled = performance.now();
  let counted = 0;
  const cursor: RollupCursor = { after: null };
  for (let n; (n = await rollUpInsights(sql, cache.version, cursor)) > 0; ) counted += n;
  const rollSeconds = (performance.now() - rolled) / 1000;
  const [{ rows }] = await sql.query<{ rows: unknown }>(`SELECT COUNT(*) AS "rows" FROM "InsightCount"`);
  console.log(`\nInsights · ${provider} · ${counted.toLocaleString("en")} step events (seeded in ${seedSeconds.toFixed(1)} s)`);
  console.log(`roll-up: ${rollSeconds.toFixed(1)} s, ${Math.round(counted / rollSeconds).toLocaleString("en")} step events/s, into ${Number(rows).toLocaleString("en")} aggregate rows\n`);
  console.log(`${"range".padEnd(8)} | ${"overlay p50".padStart(11)} | ${"p95".padStart(9)} | ${"step-log scan p50 (baseline)".padStart(28)} | entered at the menu`);
  for (const [label, days] of [["24 h", 1], ["7 days", 7], ["30 days", 30]] as const) {
    const from = new Date(END - days * DAY + 3_600_000 * 5);
    const to = new Date(END + 3_600_000 * 5);
    const overlay = await timed(() => versionInsights(sql, "v1", from, to), REPEAT);
    const scan = await timed(() => scanStepLog(sql, from, to), 5);
    console.log(`${label.padEnd(8)} | ${ms(overlay.p50).padStart(11)} | ${ms(overlay.p95)} | ${ms(scan.p50).padStart(28)} | ${overlay.result.steps.choose_service?.entered ?? 0}`);
  }
});

/** What the overlay would cost without aggregates: entries and outcomes straight from the step log. */
function scanStepLog(sql: RawConnection, from: Date, to: Date) {
  return sql.query(
    `SELECT s."nodeId", s."outcome", COUNT(*) AS "n" FROM "RunStep" s JOIN "Run" r ON r."id" = s."runId"
     WHERE r."versionId" = 'v1' AND s."startedAt" >= $1 AND s."startedAt" < $2 GROUP BY s."nodeId", s."outcome"`,
    [from, to],
  );
}


/** `runs` runs of four steps over the 30 days before END: a third answered within minutes, the rest timed out. */
async function seed(sql: RawConnection, runs: number) {
  const postgres = sql.provider === "postgres";
  const series = (count: number) => (postgres ? `generate_series(1, ${count}) AS s(i)` : `(WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${count}) SELECT i FROM s) AS s`);
  const at = (seconds: string) => (postgres ? `(TIMESTAMP '2026-12-01 00:00:00' - (${seconds}) * INTERVAL '1 second')` : `strftime('%Y-%m-%dT%H:%M:%f', '2026-12-01 00:00:00', '-' || (${seconds}) || ' seconds') || '+00:00'`);
  const now = postgres ? "now()" : `strftime('%Y-%m-%dT%H:%M:%f', 'now') || '+00:00'`;
  const document = JSON.stringify(sampleJourneys[0]).replaceAll("'", "''");
  const ago = `${postgres ? "i::bigint" : "i"} * 2592000 / ${runs}`;
  const statements = [
    `INSERT INTO "Journey" ("id", "name", "document", "updatedAt") VALUES ('j1', 'Booking', '${document}', ${now})`,
    `INSERT INTO "JourneyVersion" ("id", "journeyId", "version", "document") VALUES ('v1', 'j1', 1, '${document}')`,
    `INSERT INTO "Contact" ("id", "key", "updatedAt") SELECT 'c' || i, 'k' || i, ${now} FROM ${series(50000)}`,
    `INSERT INTO "Run" ("id", "journeyId", "versionId", "contactId", "status", "vars", "startedAt", "updatedAt", "lastActiveAt", "endedAt")
     SELECT 'r' || i, 'j1', 'v1', 'c' || (i % 50000 + 1), 'completed', '{}', ${at(ago)}, ${now}, ${now}, ${now} FROM ${series(runs)}`,
    `INSERT INTO "RunStep" ("id", "runId", "seq", "nodeId", "nodeType", "outcome", "output", "startedAt", "finishedAt")
     SELECT 's' || i || '_' || k, 'r' || i, k,
       CASE k WHEN 1 THEN 'trigger' WHEN 4 THEN CASE WHEN i % 3 = 0 THEN 'end_booked' ELSE 'end_no_reply' END ELSE 'choose_service' END,
       'x',
       CASE k WHEN 1 THEN 'next' WHEN 2 THEN 'waiting' WHEN 3 THEN CASE WHEN i % 3 = 0 THEN 'option:checkup' ELSE 'timeout' END ELSE 'end' END,
       ${postgres ? `CASE WHEN k = 3 AND i % 3 <> 0 THEN '{"timer":"fired"}'::jsonb ELSE NULL END` : `CASE WHEN k = 3 AND i % 3 <> 0 THEN '{"timer":"fired"}' ELSE NULL END`},
       ${at(`${ago} + CASE WHEN k < 3 THEN 30 + (i % 97) * 7 ELSE 0 END`)}, ${at(`${ago} + CASE WHEN k < 3 THEN 30 + (i % 97) * 7 ELSE 0 END`)}
     FROM ${series(runs)}, (SELECT 1 AS k UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4) ks`,
  ];
  for (const statement of statements) await sql.batch([{ sql: statement, script: true }]);
  await sql.exec(`ANALYZE`);
}
