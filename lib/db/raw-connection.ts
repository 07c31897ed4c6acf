import { mkdirSync } from "node:fs";
import path from "node:path";
import type { DatabaseTarget } from "./database-target";
import type { WritePriority } from "./write-priority";

/** One statement of a batch; `check` sees what it did and may throw to roll the batch back. */
export type SqlStatement = {
  sql: string;
  params?: unknown[];
  /** Several statements without parameters, e.g. a migration. */
  script?: boolean;
  check?: (result: SqlResult) => void;
};
export type SqlResult = { rows: Record<string, unknown>[]; changes: number };

/**
 * Bare SQL on either provider, with `$1`-style parameters (each may repeat), for what
 * Prisma Client does not do (migrations, the catalog) and for the runtime's hot path,
 * where a Prisma call costs ~1 ms of CPU and a prepared statement a few microseconds.
 *
 * Values are written as the Prisma adapters write them, so Prisma reads these rows back:
 * Date parameters become the provider's timestamp text, and JSON goes in as text (see
 * `json`). A batch is atomic. On SQLite the batches of one event-loop turn commit together
 * (group commit), synchronously, so the write lock is never held across an await (the
 * Prisma connection to the same file could otherwise deadlock on it).
 */
export type RawConnection = {
  provider: DatabaseTarget["provider"];
  exec(script: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  batch(statements: SqlStatement[]): Promise<SqlResult[]>;
  /** A JSON column's value as read: SQLite hands back text, PostgreSQL the parsed value. */
  json<T = unknown>(value: unknown): T;
  close(): Promise<void>;
};

/** `writePriority`: SQLite only, this connection's side when two in one process write (see write-priority.ts). */
export async function openRawConnection(target: DatabaseTarget, options: { poolSize?: number; writePriority?: WritePriority } = {}): Promise<RawConnection> {
  if (target.provider === "postgres") return openPostgres(target.url, target.schema, options.poolSize ?? 1);
  return openSqlite(target.file, options.writePriority);
}

/** A timestamp read from either provider. */
export function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

async function openPostgres(url: string, schema: string, poolSize: number): Promise<RawConnection> {
  const { default: pg } = await import("pg");
  const quoted = `"${schema.replace(/"/g, '""')}"`;
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  await setup.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
  await setup.end();
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    allowExitOnIdle: true,
    options: `-c search_path=${quoted}`,
    // Prisma keeps UTC in `timestamp without time zone`; pg would read it as local time.
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === pg.types.builtins.TIMESTAMP ? (text: string) => new Date(`${text.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  const encode = (params: unknown[] = []) => params.map((p) => (p instanceof Date ? p.toISOString() : p));
  return {
    provider: "postgres",
    async exec(script) {
      await pool.query(script);
    },
    async query(sql, params) {
      return (await pool.query({ name: nameOf(sql), text: sql, values: encode(params) })).rows;
    },
    async batch(statements) {
      if (statements.length === 0) return [];
      const [only] = statements;
      // One statement is atomic on its own: no transaction around it, a plan prepared once.
      if (statements.length === 1 && !only.check && !only.script) {
        const answer = await pool.query({ name: nameOf(only.sql), text: only.sql, values: encode(only.params) });
        return [{ rows: answer.rows ?? [], changes: answer.rowCount ?? 0 }];
      }
      const client = await pool.connect();
      try {
        if (!statements.some((s) => s.script)) return await batchInFewTrips(client, statements);
        // Migrations: scripts of several statements, which only the simple protocol takes.
        await client.query("BEGIN");
        const results: SqlResult[] = [];
        for (const s of statements) {
          const answer = await client.query(s.sql, encode(s.params));
          const result = { rows: answer.rows ?? [], changes: answer.rowCount ?? 0 };
          s.check?.(result);
          results.push(result);
        }
        await client.query("COMMIT");
        return results;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    json: <T>(value: unknown) => value as T,
    close: () => pool.end(),
  };
}

type PgClient = import("pg").PoolClient;

/**
 * A prepared statement's name for this text: PostgreSQL then parses and plans it once per
 * connection, not on every call (its CPU per message fell from 3.9 to 2.7 ms). The texts
 * are the code's own, with at most a few hundred variants (IN lists of a batch's size).
 */
function nameOf(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) statementNames.set(sql, (name = `js${statementNames.size}`));
  return name;
}
const statementNames = new Map<string, string>();

/**
 * A batch in as few round trips to PostgreSQL as its checks allow: the statements with
 * their values inlined as literals, in simple-protocol queries of several statements,
 * BEGIN in the first and COMMIT in the last. A query ends at each statement with a check,
 * so the check sees its result before anything after it runs, as statement by statement
 * (a stale run's step must not fail as a duplicate key before its staleness is seen), and
 * its throw rolls back. An event's commit took ten round trips, each ~0.1 ms of this
 * thread's CPU in node-postgres; now three. Planning the statements again costs
 * PostgreSQL less than that (measured, docs/benchmarks.md).
 */
async function batchInFewTrips(client: PgClient, statements: SqlStatement[]): Promise<SqlResult[]> {
  const results: SqlResult[] = [];
  try {
    let query = ["BEGIN"];
    let from = 0;
    for (let i = 0; i < statements.length; i++) {
      const { sql, params, check } = statements[i];
      query.push(inlineParams(client, sql, params));
      const last = i === statements.length - 1;
      if (!check && !last) continue;
      if (last && !check) query.push("COMMIT");
      const answer = await client.query(query.join(";\n"));
      const answers = Array.isArray(answer) ? answer : [answer];
      // The first query's answers start with BEGIN's.
      const lead = from === 0 ? 1 : 0;
      for (let k = from; k <= i; k++) results.push({ rows: answers[lead + k - from]?.rows ?? [], changes: answers[lead + k - from]?.rowCount ?? 0 });
      check?.(results[i]);
      query = [];
      from = i + 1;
    }
    if (statements[statements.length - 1].check) await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
  return results;
}

/** `$n` placeholders replaced by literals of the values (as `encode` would send them). */
function inlineParams(client: PgClient, sql: string, params: unknown[] = []): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => {
    const value = params[Number(n) - 1];
    if (value === null || value === undefined) return "NULL";
    if (value instanceof Date) return `'${value.toISOString()}'`;
    if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
    if (typeof value === "bigint") return String(value);
    if (typeof value === "number") {
      if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to PostgreSQL`);
      // In parentheses: "- -1" would start a comment.
      return value < 0 ? `(${value})` : String(value);
    }
    if (typeof value === "string") return client.escapeLiteral(value);
    throw new Error(`cannot inline a ${typeof value} parameter`);
  });
}

/** How long a write waits for another connection's transaction before giving up. */
const SQLITE_BUSY_MS = 5000;

async function openSqlite(file: string, priority?: WritePriority): Promise<RawConnection> {
  const { default: Database } = await import("better-sqlite3");
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  // No busy timeout: better-sqlite3 would wait for the lock synchronously, blocking the
  // event loop that the lock's holder (an interactive Prisma transaction) needs to finish.
  const db = new Database(file, { timeout: 0 });
  // WAL lets readers run while the runtime writes; it is a property of the file. With
  // WAL, NORMAL only risks the last commits on power loss, never corruption.
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  // Checkpoints stay at SQLite's default (every ~4 MB of WAL): fewer, larger ones measured
  // ~5 % more throughput but stalled the runtime long enough to triple its p99 latency.
  // After a checkpoint the WAL file is cut back to 64 MB, should a burst have grown it.
  db.pragma("journal_size_limit = 67108864");
  db.pragma("foreign_keys = ON");
  const prepared = new Map<string, import("better-sqlite3").Statement>();
  const prepare = (sql: string) => {
    let statement = prepared.get(sql);
    if (!statement) {
      statement = db.prepare(sql.replace(/\$(\d+)/g, "@p$1"));
      prepared.set(sql, statement);
    }
    return statement;
  };
  const bind = (params: unknown[] = []) => {
    const named: Record<string, unknown> = {};
    params.forEach((p, i) => (named[`p${i + 1}`] = p instanceof Date ? p.toISOString().replace("Z", "+00:00") : typeof p === "boolean" ? Number(p) : p));
    return named;
  };
  const run = (sql: string, params?: unknown[]): SqlResult => {
    const statement = prepare(sql);
    if (statement.reader) return { rows: statement.all(bind(params)) as Record<string, unknown>[], changes: 0 };
    return { rows: [], changes: statement.run(bind(params)).changes };
  };
  // Group commit: the batches asked for in one turn of the event loop share one
  // transaction, each in its own savepoint, so one whose check throws rolls back alone.
  // A commit writes every page it touched to the WAL; many lanes and webhooks touch the
  // same pages, so one commit for all of them is most of the write cost saved.
  type Job = { statements: SqlStatement[]; resolve(results: SqlResult[]): void; reject(error: unknown): void };
  let pending: Job[] = [];
  const control = Object.fromEntries(
    ["BEGIN IMMEDIATE", "COMMIT", "ROLLBACK", "SAVEPOINT batch", "RELEASE batch", "ROLLBACK TO batch"].map((sql) => [sql, db.prepare(sql)]),
  );
  const say = (sql: keyof typeof control) => control[sql].run();
  const flush = async () => {
    const jobs = pending;
    pending = [];
    const outcomes: Array<{ results?: SqlResult[]; error?: unknown }> = [];
    try {
      await whenUnlocked(() => {
        outcomes.length = 0;
        // IMMEDIATE takes the write lock up front, so a busy file fails here, before any work.
        say("BEGIN IMMEDIATE");
        try {
          for (const job of jobs) {
            say("SAVEPOINT batch");
            try {
              const results = job.statements.map((s) => {
                const result = s.script ? (db.exec(s.sql), { rows: [], changes: 0 }) : run(s.sql, s.params);
                s.check?.(result);
                return result;
              });
              say("RELEASE batch");
              outcomes.push({ results });
            } catch (error) {
              say("ROLLBACK TO batch");
              say("RELEASE batch");
              outcomes.push({ error });
            }
          }
          say("COMMIT");
        } catch (error) {
          if (db.inTransaction) say("ROLLBACK");
          throw error;
        }
      }, priority);
    } catch (error) {
      for (const job of jobs) job.reject(error);
      return;
    }
    jobs.forEach((job, i) => (outcomes[i].error === undefined ? job.resolve(outcomes[i].results!) : job.reject(outcomes[i].error)));
  };
  return {
    provider: "sqlite",
    async exec(script) {
      await whenUnlocked(() => db.exec(script), priority);
    },
    async query(sql, params) {
      return (await whenUnlocked(() => run(sql, params))).rows as never[];
    },
    batch(statements) {
      return new Promise((resolve, reject) => {
        if (pending.push({ statements, resolve, reject }) === 1) setImmediate(flush);
      });
    },
    json: <T>(value: unknown) => (typeof value === "string" ? JSON.parse(value) : value) as T,
    async close() {
      db.close();
    },
  };
}

/**
 * The longest pause between tries for the lock. Another connection of this process holds
 * it for a millisecond or two; a longer pause was mostly the lock lying free.
 */
const MAX_POLL_MS = 4;

/** Runs `work`, retrying while another connection holds the write lock. */
async function whenUnlocked<T>(work: () => T, priority?: WritePriority): Promise<T> {
  const started = Date.now();
  try {
    for (let wait = 1; ; wait = Math.min(wait * 2, MAX_POLL_MS)) {
      if (priority) await priority.turn();
      try {
        return work();
      } catch (error) {
        const code = (error as { code?: string }).code;
        if ((code !== "SQLITE_BUSY" && code !== "SQLITE_BUSY_SNAPSHOT") || Date.now() - started > SQLITE_BUSY_MS) throw error;
        priority?.waiting(Date.now() - started);
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  } finally {
    priority?.done();
  }
}
