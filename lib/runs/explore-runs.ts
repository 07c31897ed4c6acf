import "server-only";
import type { z } from "zod";
import { toDate, type RawConnection } from "../db/raw-connection";
import { likeAnywhere } from "../schemas/search-text";
import type { listRunsQuery, RunFilters, RunRow } from "./explorer-schemas";
import { ERROR_HANDLES_SQL } from "../steps/registry";

const ENDED = `('failed', 'expired', 'cancelled')`;
const FROM = `FROM "Run" r JOIN "Contact" c ON c."id" = r."contactId" JOIN "JourneyVersion" v ON v."id" = r."versionId" JOIN "Journey" j ON j."id" = r."journeyId"`;
const COLUMNS = `r."id", r."journeyId", j."name" AS "journeyName", v."version", r."status", r."currentNode", r."error", r."waiting", r."startedAt", r."endedAt",
  c."name" AS "contactName", c."msisdn", c."channelUserId", c."channelId",
  CASE WHEN r."status" = 'completed' AND EXISTS (SELECT 1 FROM "RunStep" f WHERE f."runId" = r."id" AND f."outcome" IN ${ERROR_HANDLES_SQL}) THEN 1 ELSE 0 END AS "errorPath"`;

/**
 * Production runs matching the explorer's filters, newest first, a page at a time: keyset
 * on (startedAt, id), so page 1,000 costs what page 1 does. Bare SQL on either database:
 * the step and message filters are EXISTS subqueries on indexed columns, and a variable's
 * value is read with the provider's JSON operator.
 */
export async function exploreRuns(sql: RawConnection, query: z.infer<typeof listRunsQuery>): Promise<{ runs: RunRow[]; nextCursor: string | null }> {
  const where = runWhere(sql.provider, query, query.cursor);
  const limit = where.param(query.limit + 1);
  const rows = await sql.query(`SELECT ${COLUMNS} ${FROM} WHERE ${where.sql()} ORDER BY r."startedAt" DESC, r."id" DESC LIMIT ${limit}`, where.params);
  const page = rows.slice(0, query.limit).map((row) => toRunRow(sql, row));
  const last = page[page.length - 1];
  return { runs: page, nextCursor: rows.length > query.limit && last ? `${last.startedAt}|${last.id}` : null };
}

/**
 * How many runs match, counted up to `cap`: past it the answer is "more than cap", which
 * a person reads the same and which costs a bounded scan instead of a million rows.
 */
export async function countRuns(sql: RawConnection, filters: RunFilters, cap = 10_000): Promise<{ count: number; capped: boolean }> {
  const where = runWhere(sql.provider, filters);
  const [row] = await sql.query<{ n: unknown }>(`SELECT COUNT(*) AS "n" FROM (SELECT 1 ${FROM} WHERE ${where.sql()} LIMIT ${where.param(cap + 1)}) AS matched`, where.params);
  const count = Number(row.n);
  return count > cap ? { count: cap, capped: true } : { count, capped: false };
}

/** Every matching run, in pages of `size`, with its variables: the CSV export streams these. */
export async function* eachRun(sql: RawConnection, filters: RunFilters, size = 500): AsyncGenerator<RunRow & { vars: Record<string, unknown> }> {
  let cursor: Cursor | undefined;
  do {
    const where = runWhere(sql.provider, filters, cursor);
    const rows = await sql.query(`SELECT ${COLUMNS}, r."vars" ${FROM} WHERE ${where.sql()} ORDER BY r."startedAt" DESC, r."id" DESC LIMIT ${where.param(size)}`, where.params);
    for (const row of rows) yield { ...toRunRow(sql, row), vars: sql.json<Record<string, unknown>>(row.vars) ?? {} };
    const last = rows[rows.length - 1];
    cursor = rows.length === size && last ? { at: toDate(last.startedAt), id: String(last.id) } : undefined;
  } while (cursor);
}

/** The ids of the matching runs that can be cancelled (waiting or sleeping). */
export async function cancellableRunIds(sql: RawConnection, filters: RunFilters): Promise<string[]> {
  const where = runWhere(sql.provider, filters);
  where.add(() => `r."status" IN ('waiting', 'sleeping')`);
  return (await sql.query<{ id: string }>(`SELECT r."id" ${FROM} WHERE ${where.sql()}`, where.params)).map((r) => String(r.id));
}

type Where = ReturnType<typeof conditions>;
type Cursor = { at: Date; id: string };

/** The filters as SQL; `cursor` starts after the run it names, newest first. */
function runWhere(provider: RawConnection["provider"], f: RunFilters, cursor?: Cursor): Where {
  const where = conditions();
  where.add(() => `r."preview" = false`);
  if (cursor) {
    where.add((p) => `(r."startedAt" < ${p(cursor.at)} OR (r."startedAt" = ${p(cursor.at)} AND r."id" < ${p(cursor.id)}))`);
  }
  if (f.journeyId) where.add((p) => `r."journeyId" = ${p(f.journeyId)}`);
  if (f.version) where.add((p) => `v."version" = ${p(f.version)}`);
  if (f.status) where.add((p) => `r."status" = ${p(f.status)}`);
  if (f.contact) {
    const like = provider === "postgres" ? "ILIKE" : "LIKE";
    // The contacts first (a few), then their runs through the (contactId, status) index.
    where.add(
      (p) => `r."contactId" IN (SELECT k."id" FROM "Contact" k WHERE k."msisdn" = ${p(f.contact)} OR k."channelUserId" = ${p(f.contact)} OR k."name" ${like} ${p(likeAnywhere(f.contact!))} ESCAPE '\\')`,
    );
  }
  if (f.from) where.add((p) => `r."startedAt" >= ${p(new Date(f.from!))}`);
  if (f.to) where.add((p) => `r."startedAt" < ${p(new Date(f.to!))}`);
  if (f.reached) where.add((p) => `EXISTS (SELECT 1 FROM "RunStep" s WHERE s."runId" = r."id" AND s."nodeId" = ${p(f.reached)})`);
  if (f.endedAt) {
    // A completed run ended at its last step: an End step, or one it left through an output
    // with nothing connected. One that failed, expired or was cancelled stopped at its current step.
    where.add(
      (p) => `((r."status" = 'completed' AND EXISTS (SELECT 1 FROM "RunStep" s WHERE s."runId" = r."id" AND s."nodeId" = ${p(f.endedAt)}
            AND NOT EXISTS (SELECT 1 FROM "RunStep" n WHERE n."runId" = r."id" AND n."seq" > s."seq")))
        OR (r."status" IN ${ENDED} AND r."currentNode" = ${p(f.endedAt)}))`,
    );
  }
  if (f.errorCode) where.add((p) => `EXISTS (SELECT 1 FROM "OutboxMessage" o WHERE o."runId" = r."id" AND o."errorCode" = ${p(f.errorCode)})`);
  if (f.var) {
    const path = f.var.split(".");
    const value = (p: (v: unknown) => string) =>
      provider === "postgres" ? `(r."vars" #>> ${p(`{${path.join(",")}}`)}::text[])` : `CAST(json_extract(r."vars", ${p(`$.${f.var}`)}) AS TEXT)`;
    const contains = (haystack: string, needle: string) => (provider === "postgres" ? `strpos(${haystack}, ${needle}) > 0` : `instr(${haystack}, ${needle}) > 0`);
    if (f.op === "exists") where.add((p) => `${value(p)} IS NOT NULL`);
    else if (f.op === "eq") where.add((p) => `${value(p)} = ${p(f.value ?? "")}`);
    else if (f.op === "ne") where.add((p) => `(${value(p)} IS NULL OR ${value(p)} <> ${p(f.value ?? "")})`);
    else where.add((p) => contains(value(p), p(f.value ?? "")));
  }
  return where;
}

/** SQL conditions joined by AND, with `$n` parameters numbered as they are added. */
function conditions() {
  const parts: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  return {
    params,
    param,
    add(build: (p: typeof param) => string) {
      parts.push(build(param));
    },
    sql: () => parts.join(" AND "),
  };
}

function toRunRow(sql: RawConnection, row: Record<string, unknown>): RunRow {
  const text = (key: string) => (row[key] === null || row[key] === undefined ? null : String(row[key]));
  return {
    id: String(row.id),
    journeyId: String(row.journeyId),
    journeyName: String(row.journeyName),
    version: Number(row.version),
    status: String(row.status),
    currentNode: text("currentNode"),
    error: text("error"),
    outcome: (sql.json<{ outcome?: string | null } | null>(row.waiting) ?? null)?.outcome ?? null,
    startedAt: toDate(row.startedAt).toISOString(),
    endedAt: row.endedAt ? toDate(row.endedAt).toISOString() : null,
    errorPath: Number(row.errorPath) === 1,
    contact: { name: text("contactName"), msisdn: text("msisdn"), channelUserId: text("channelUserId"), channelId: String(row.channelId) },
  };
}
