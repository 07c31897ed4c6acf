/**
 * The run explorer's first page for each filter, on N seeded runs (default 1,000,000;
 * `N=100000 npm run bench:explorer` for a quick look), on SQLite and, when it answers at
 * TEST_POSTGRES_URL, PostgreSQL. Baseline: the unfiltered first page, the least any view
 * costs. The data is written by SQL itself (a recursive series), so seeding a million runs
 * with their steps takes seconds, not the runtime's hours.
 * Run: npm run bench:explorer
 */
import type { RawConnection } from "../../lib/db/raw-connection";
import { countRuns, exploreRuns } from "../../lib/runs/explore-runs";
import { listRunsQuery } from "../../lib/runs/explorer-schemas";
import { onEachDatabase } from "./bench-databases";
import { ms, timed } from "./timed";

const N = Number(process.env.N ?? 1_000_000);
const REPEAT = 20;

const FILTERS: Array<[string, Record<string, string>]> = [
  ["no filter (baseline)", {}],
  ["journey", { journeyId: "j2" }],
  ["journey + version", { journeyId: "j2", version: "2" }],
  ["status", { status: "waiting" }],
  ["contact number", { contact: "+15550012345" }],
  ["started between (7 days)", { from: "2026-11-01T00:00:00.000Z", to: "2026-11-08T00:00:00.000Z" }],
  ["reached step", { reached: "fetch" }],
  ["ended at step", { endedAt: "fetch" }],
  ["error code", { errorCode: "1022" }],
  ["journey + status + reached", { journeyId: "j1", status: "completed", reached: "menu" }],
  ["variable = value", { var: "service", value: "whitening" }],
];

await onEachDatabase(async (sql, provider) => {
  const seeded = performance.now();
  await seed(sql, N);
  console.log(`\nRun explorer · ${provider} · ${N.toLocaleString("en")} runs (seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s) · first page of 50, ${REPEAT} times each\n`);
  console.log(`${"filter".padEnd(28)} | ${"p50".padStart(9)} | ${"p95".padStart(9)} | ${"rows".padStart(5)} | count p50`);
  for (const [label, params] of FILTERS) {
    const query = listRunsQuery.parse(params);
    const page = await timed(() => exploreRuns(sql, query), REPEAT);
    const count = await timed(() => countRuns(sql, query), 5);
    console.log(`${label.padEnd(28)} | ${ms(page.p50)} | ${ms(page.p95)} | ${String(page.result.runs.length).padStart(5)} | ${ms(count.p50)} (${count.result.capped ? "> " : ""}${count.result.count.toLocaleString("en")})`);
  }
});


/**
 * Three journeys of two versions, 100,000 contacts, N runs over 60 days (a third
 * completed, a fifth waiting, the rest failed, expired or cancelled), three or four
 * steps each, and an 8x8 error on one run in a hundred.
 */
async function seed(sql: RawConnection, n: number) {
  const postgres = sql.provider === "postgres";
  const series = (count: string) => (postgres ? `generate_series(1, ${count}) AS s(i)` : `(WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${count}) SELECT i FROM s) AS s`);
  const at = (seconds: string) => (postgres ? `(TIMESTAMP '2026-12-01 00:00:00' - (${seconds}) * INTERVAL '1 second')` : `strftime('%Y-%m-%dT%H:%M:%f', '2026-12-01 00:00:00', '-' || (${seconds}) || ' seconds') || '+00:00'`);
  const json = (text: string) => (postgres ? `(${text})::jsonb` : text);
  const concat = (...parts: string[]) => parts.join(" || ");
  const now = postgres ? "now()" : `strftime('%Y-%m-%dT%H:%M:%f', 'now') || '+00:00'`;
  const statements = [
    `INSERT INTO "Journey" ("id", "name", "document", "updatedAt") VALUES ('j1', 'Booking', '{}', ${now}), ('j2', 'NPS', '{}', ${now}), ('j3', 'Onboarding', '{}', ${now})`,
    `INSERT INTO "JourneyVersion" ("id", "journeyId", "version", "document") SELECT 'v' || j || '_' || v, 'j' || j, v, '{}' FROM (SELECT 1 AS j UNION ALL SELECT 2 UNION ALL SELECT 3) js, (SELECT 1 AS v UNION ALL SELECT 2) vs`,
    `INSERT INTO "Contact" ("id", "key", "msisdn", "name", "updatedAt") SELECT 'c' || i, '+1555' || ${postgres ? "lpad(i::text, 7, '0')" : "substr('0000000' || i, -7, 7)"}, '+1555' || ${postgres ? "lpad(i::text, 7, '0')" : "substr('0000000' || i, -7, 7)"}, 'Person ' || i, ${now} FROM ${series("100000")}`,
    `INSERT INTO "Run" ("id", "journeyId", "versionId", "contactId", "status", "currentNode", "vars", "startedAt", "updatedAt", "lastActiveAt")
     SELECT 'r' || i, 'j' || (i % 3 + 1), 'v' || (i % 3 + 1) || '_' || (i % 2 + 1), 'c' || (i % 100000 + 1),
       CASE WHEN i % 15 < 5 THEN 'completed' WHEN i % 15 < 8 THEN 'waiting' WHEN i % 15 < 11 THEN 'failed' WHEN i % 15 < 13 THEN 'expired' ELSE 'cancelled' END,
       CASE WHEN i % 15 < 5 THEN NULL WHEN i % 15 < 8 THEN 'menu' ELSE 'fetch' END,
       ${json(concat(`'{"service":"'`, `CASE i % 3 WHEN 0 THEN 'checkup' WHEN 1 THEN 'whitening' ELSE 'consult' END`, `'"}'`))},
       ${at(`${postgres ? "i::bigint" : "i"} * 5184000 / ${n}`)}, ${now}, ${now}
     FROM ${series(String(n))}`,
    `INSERT INTO "RunStep" ("id", "runId", "seq", "nodeId", "nodeType", "outcome")
     SELECT 's' || i || '_' || k, 'r' || i, k, CASE k WHEN 1 THEN 'trigger' WHEN 2 THEN 'menu' WHEN 3 THEN 'fetch' ELSE 'done' END, 'x',
       CASE WHEN k = 4 THEN 'end' ELSE 'next' END
     FROM ${series(String(n))}, (SELECT 1 AS k UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4) ks
     WHERE k < 4 OR i % 15 < 5`,
    `INSERT INTO "OutboxMessage" ("id", "clientMessageId", "runId", "contactId", "body", "status", "errorCode", "updatedAt")
     SELECT 'o' || i, 'r' || i || ':2', 'r' || i, 'c' || (i % 100000 + 1), '{}', 'failed', '1022', ${now} FROM ${series(String(n))} WHERE i % 100 = 0`,
  ];
  for (const statement of statements) await sql.batch([{ sql: statement, script: true }]);
  if (postgres) await sql.exec(`ANALYZE`);
  else await sql.exec(`ANALYZE`);
}
