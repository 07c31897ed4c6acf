import { mkdirSync } from "node:fs";
import path from "node:path";
import type { DatabaseTarget } from "./database-target";

/**
 * A bare SQL connection for the few jobs Prisma Client does not do: applying migrations
 * and reading the catalog to detect drift. `$1`-style parameters work on both providers.
 */
export type RawConnection = {
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  transaction(fn: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
};

export async function openRawConnection(target: DatabaseTarget): Promise<RawConnection> {
  if (target.provider === "postgres") return openPostgres(target.url, target.schema);
  return openSqlite(target.file);
}

async function openPostgres(url: string, schema: string): Promise<RawConnection> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const quoted = `"${schema.replace(/"/g, '""')}"`;
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
  await client.query(`SET search_path TO ${quoted}`);
  return {
    async exec(sql) {
      await client.query(sql);
    },
    async query(sql, params = []) {
      return (await client.query(sql, params)).rows;
    },
    async transaction(fn) {
      await client.query("BEGIN");
      try {
        await fn();
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
    close: () => client.end(),
  };
}

async function openSqlite(file: string): Promise<RawConnection> {
  const { default: Database } = await import("better-sqlite3");
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  // WAL lets readers run while the runtime writes; it is a property of the file.
  db.pragma("journal_mode = WAL");
  const toSqlite = (sql: string) => sql.replace(/\$\d+/g, "?");
  return {
    async exec(sql) {
      db.exec(sql);
    },
    async query(sql, params = []) {
      const statement = db.prepare(toSqlite(sql));
      return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as never[];
    },
    async transaction(fn) {
      db.exec("BEGIN");
      try {
        await fn();
        db.exec("COMMIT");
      } catch (error) {
        db.exec("ROLLBACK");
        throw error;
      }
    },
    async close() {
      db.close();
    },
  };
}
