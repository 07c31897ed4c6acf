import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient, type Db } from "../db/create-client";
import { databaseTarget, type DatabaseTarget } from "../db/database-target";
import { migrate } from "../db/migrate";
import { closeSql } from "../db/sql-of";

export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/test";

/** Whether PostgreSQL answers; when it does not, the reason is printed and its tests skip. */
export async function postgresAvailable(): Promise<boolean> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    console.warn(`PostgreSQL tests skipped: ${TEST_POSTGRES_URL} did not answer (${(error as Error).message})`);
    return false;
  }
}

/** A fresh, empty database of each provider: a temp SQLite file, a new PostgreSQL schema. */
export function freshTarget(provider: "sqlite" | "postgres"): DatabaseTarget {
  const id = randomUUID().slice(0, 8);
  if (provider === "sqlite") return databaseTarget(`file:${path.join(os.tmpdir(), `journey-studio-test-${id}.db`)}`);
  const url = new URL(TEST_POSTGRES_URL);
  url.searchParams.set("schema", `test_${id}`);
  return databaseTarget(url.toString());
}

export async function dropTarget(target: DatabaseTarget): Promise<void> {
  if (target.provider === "sqlite") {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(target.file + suffix, { force: true });
    return;
  }
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${target.schema}" CASCADE`);
  await client.end();
}

/** A migrated database and a client on it, for repository tests on both providers. */
export async function migratedDb(provider: "sqlite" | "postgres"): Promise<{ db: Db; target: DatabaseTarget; dispose(): Promise<void> }> {
  const target = freshTarget(provider);
  await migrate(target);
  const db = await createClient(target);
  return {
    db,
    target,
    async dispose() {
      await closeSql(db);
      await db.$disconnect();
      await dropTarget(target);
    },
  };
}

export const PROVIDERS = ["sqlite", "postgres"] as const;
