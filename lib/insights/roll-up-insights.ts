import "server-only";
import { toDate, type RawConnection, type SqlStatement } from "../db/raw-connection";
import type { ResolvedNode } from "../journey/resolve-nodes";
import { metric, periodStart, RUN_NODE, timeBucket, type DropReason, type Grain } from "./insight-metrics";
import { ERROR_HANDLES_SQL } from "../steps/registry";

const BATCH = 2000;
/** Batches per pass: a backlog (a restart, an upgrade's backfill) drains over several passes. */
const MAX_BATCHES = 25;
const TERMINAL = new Set(["completed", "failed", "expired", "cancelled"]);
const SEP = "\u0001";
const AT_REST = new Set(["waiting", "sleeping"]);

type StepRow = {
  id: string; runId: string; seq: number; nodeId: string; outcome: string | null; startedAt: Date; finishedAt: Date | null;
  versionId: string; preview: boolean; runStatus: string; repeat: boolean; last: boolean; fallback: boolean; timerFired: boolean; firstFailure: boolean;
  prevOutcome: string | null; prevStartedAt: Date | null; prevRolledUp: boolean | null;
};

/**
 * Where the last batch ended, in (run, step) order. Reading on from there keeps each batch
 * as cheap as the rows it reads: from the start, PostgreSQL would walk the index entries of
 * every row counted since its last vacuum, again for every batch of a backlog.
 */
export type RollupCursor = { after: [runId: string, seq: number] | null };

/** Thrown when another instance counted some of the same rows first: the pass is redone. */
class RollupConflict extends Error {}

/**
 * Counts new step-log rows into InsightCount, so Insights reads a few thousand aggregate
 * rows however many runs there were. Runs on the runtime's poller rather than in each
 * run's own transaction: one pass folds the steps of hundreds of messages into a few
 * dozen upserts, where per-commit upserts would add ~20 statements to every message and
 * make concurrent lanes queue on the same hot counter rows.
 *
 * A pass claims its rows (rolledUp) in the same transaction that adds their counts, and
 * gives up if any was claimed meanwhile, so two instances never count a row twice.
 */
/** What the roll-up needs of a version: its steps, to tell a Failed output from a failure that ended the run. */
type VersionSteps = { nodes: ReadonlyMap<string, Pick<ResolvedNode, "definition" | "config">> };

export async function rollUpInsights(sql: RawConnection, version: (id: string) => Promise<VersionSteps>, cursor: RollupCursor = { after: null }): Promise<number> {
  let counted = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const from = cursor.after;
    const rows = await readBatch(sql, from);
    // Past the end: the next batch starts over, where rows of runs that sort earlier wait.
    cursor.after = rows.length < BATCH ? null : [rows[rows.length - 1].runId, rows[rows.length - 1].seq];
    if (rows.length === 0) {
      if (from) continue;
      break;
    }
    const inBatch = new Set(rows.map((r) => `${r.runId}:${r.seq}`));
    // A resumption is counted with or after its entry. Reading in (run, step) order makes
    // that so; the filter keeps it true should a batch ever end between the two.
    const ready = rows.filter((r) => !isResumption(r) || r.prevRolledUp || inBatch.has(`${r.runId}:${r.seq - 1}`));
    const counts = new Map<string, number>();
    for (const row of ready) {
      if (row.preview) continue;
      const compiled = await version(row.versionId).catch(() => null);
      for (const [key, n] of contributions(row, compiled)) counts.set(key, (counts.get(key) ?? 0) + n);
    }
    try {
      await sql.batch([...claim(ready.map((r) => r.id)), ...upserts(counts)]);
    } catch (error) {
      if (error instanceof RollupConflict) continue;
      throw error;
    }
    counted += ready.length;
    if (cursor.after === null && !from) break;
  }
  return counted;
}

function isResumption(row: StepRow): boolean {
  return row.prevOutcome !== null && AT_REST.has(row.prevOutcome);
}

/** What one step row adds, as versionId·grain·start·nodeId·metric → count, for both grains. */
function contributions(row: StepRow, compiled: VersionSteps | null): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  const add = (node: string, name: string, at: Date) => {
    for (const grain of ["h", "d"] as Grain[]) out.push([[row.versionId, grain, periodStart(at, grain).toISOString(), node, name].join(SEP), 1]);
  };
  const finishedAt = row.finishedAt ?? row.startedAt;
  const resumed = isResumption(row);
  const enteredAt = resumed ? row.prevStartedAt! : row.startedAt;
  if (!resumed) {
    add(row.nodeId, metric.entered, enteredAt);
    if (row.repeat) add(row.nodeId, metric.repeat, enteredAt);
    if (row.seq === 1) add(RUN_NODE, "started", row.startedAt);
    if (row.fallback) add(RUN_NODE, "fallback", row.startedAt);
  }
  const outcome = row.outcome ?? "next";
  if (!AT_REST.has(outcome)) {
    // Leaving through an output with nothing connected completes the run there (journey format).
    const endedHere = row.last && row.runStatus === "completed";
    const drop = endedHere ? "ended" : dropReason(outcome, row.nodeId, compiled);
    add(row.nodeId, drop ? metric.drop(drop) : metric.out(outcome), enteredAt);
    // A failure the run survived (an error output, connected or not): once per run, at its first.
    if (row.firstFailure && drop !== "failed") add(RUN_NODE, "errorPath", enteredAt);
    // For a wait, time in step is the customer's answer time: a timeout says nothing of it.
    if (!drop && !(row.prevOutcome === "waiting" && row.timerFired)) {
      add(row.nodeId, metric.time(timeBucket(finishedAt.getTime() - enteredAt.getTime())), enteredAt);
    }
  }
  if (row.last && TERMINAL.has(row.runStatus)) add(RUN_NODE, row.runStatus, finishedAt);
  return out;
}

function dropReason(outcome: string, nodeId: string, compiled: VersionSteps | null): DropReason | null {
  if (outcome === "end") return "ended";
  if (outcome === "expired" || outcome === "cancelled") return outcome;
  if (outcome !== "failed") return null;
  // "failed" is also an outcome handle (HTTP requests, messages): it is a drop only where
  // the step has no such handle and the failure therefore ended the run.
  const node = compiled?.nodes.get(nodeId);
  const handles = node ? node.definition.outputs(node.config as never).map((o) => o.id) : [];
  return handles.includes("failed") ? null : "failed";
}

async function readBatch(sql: RawConnection, after: RollupCursor["after"]): Promise<StepRow[]> {
  // The batch is picked first (MATERIALIZED), so its lookups are per row: joined in one
  // query, PostgreSQL merges whole indexes from their start to reach the batch's runs.
  const rows = await sql.query(
    `WITH b AS MATERIALIZED (
       SELECT * FROM "RunStep" WHERE "rolledUp" = false ${after ? `AND ("runId", "seq") > ($1, $2)` : ""} ORDER BY "runId", "seq" LIMIT ${BATCH}
     )
     SELECT s."id", s."runId", s."seq", s."nodeId", s."outcome", s."startedAt", s."finishedAt",
       r."versionId", r."preview", r."status" AS "runStatus",
       p."outcome" AS "prevOutcome", p."startedAt" AS "prevStartedAt", p."rolledUp" AS "prevRolledUp",
       CASE WHEN substr(CAST(s."output" AS TEXT), 1, 8) = '{"timer"' THEN 1 ELSE 0 END AS "timerFired",
       CASE WHEN CAST(s."output" AS TEXT) LIKE '%"fallback"%' THEN 1 ELSE 0 END AS "fallback",
       CASE WHEN EXISTS (SELECT 1 FROM "RunStep" e WHERE e."nodeId" = s."nodeId" AND e."runId" = s."runId" AND e."seq" < s."seq") THEN 1 ELSE 0 END AS "repeat",
       CASE WHEN s."outcome" IN ${ERROR_HANDLES_SQL} AND NOT EXISTS (SELECT 1 FROM "RunStep" f WHERE f."runId" = s."runId" AND f."seq" < s."seq" AND f."outcome" IN ${ERROR_HANDLES_SQL}) THEN 1 ELSE 0 END AS "firstFailure",
       CASE WHEN EXISTS (SELECT 1 FROM "RunStep" n WHERE n."runId" = s."runId" AND n."seq" = s."seq" + 1) THEN 0 ELSE 1 END AS "last"
     FROM b s JOIN "Run" r ON r."id" = s."runId"
     LEFT JOIN "RunStep" p ON p."runId" = s."runId" AND p."seq" = s."seq" - 1
     ORDER BY s."runId", s."seq"`,
    after ?? [],
  );
  return rows.map((r) => ({
    ...(r as unknown as StepRow),
    seq: Number(r.seq),
    startedAt: toDate(r.startedAt),
    finishedAt: r.finishedAt === null ? null : toDate(r.finishedAt),
    prevStartedAt: r.prevStartedAt === null ? null : toDate(r.prevStartedAt),
    prevRolledUp: r.prevRolledUp === null ? null : Boolean(r.prevRolledUp),
    preview: Boolean(r.preview),
    repeat: Number(r.repeat) === 1,
    last: Number(r.last) === 1,
    fallback: Number(r.fallback) === 1,
    timerFired: Number(r.timerFired) === 1,
    firstFailure: Number(r.firstFailure) === 1,
  }));
}

function claim(ids: string[]): SqlStatement[] {
  const statements: SqlStatement[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    statements.push({
      sql: `UPDATE "RunStep" SET "rolledUp" = true WHERE "rolledUp" = false AND "id" IN (${chunk.map((_, j) => `$${j + 1}`).join(", ")})`,
      params: chunk,
      check: ({ changes }) => {
        if (changes !== chunk.length) throw new RollupConflict();
      },
    });
  }
  return statements;
}

function upserts(counts: Map<string, number>): SqlStatement[] {
  const entries = [...counts];
  const statements: SqlStatement[] = [];
  for (let i = 0; i < entries.length; i += 400) {
    const chunk = entries.slice(i, i + 400);
    const params: unknown[] = [];
    const tuples = chunk.map(([key, n]) => {
      const [versionId, grain, start, nodeId, name] = key.split(SEP);
      params.push(versionId, grain, new Date(start), nodeId, name, n);
      const b = params.length - 6;
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6})`;
    });
    statements.push({
      sql: `INSERT INTO "InsightCount" ("versionId", "grain", "start", "nodeId", "metric", "count") VALUES ${tuples.join(", ")}
            ON CONFLICT ("versionId", "grain", "start", "nodeId", "metric") DO UPDATE SET "count" = "InsightCount"."count" + excluded."count"`,
      params,
    });
  }
  return statements;
}
