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
  /** The connection pool's state (PostgreSQL; SQLite has one connection and says nothing). */
  poolStats?(): { size: number; idle: number; waiting: number };
  close(): Promise<void>;
};

/** A timestamp read from either provider. */
export function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

/** How long a write waits for another connection's transaction before giving up. */
const SQLITE_BUSY_MS = 5000;

export async function openSqlite(file: string, priority?: WritePriority): Promise<RawConnection> {
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
