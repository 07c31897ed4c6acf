import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseTarget } from "./database-target";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { rememberTarget } from "./client-targets";

/**
 * Both generated clients come from the same models (prisma/models.prisma), so their model
 * APIs are identical; the app is typed against one of them.
 */
export type Db = SqliteClient;

export async function createClient(target: DatabaseTarget): Promise<Db> {
  if (target.provider === "postgres") {
    const adapter = new PrismaPg({ connectionString: target.url, max: 10 }, { schema: target.schema });
    const client = new PostgresClient({ adapter }) as unknown as Db;
    rememberTarget(client, target);
    return client;
  }
  // busy timeout: a second writer (the runtime's thread, the CLI) waits instead of failing at once.
  const client = new SqliteClient({ adapter: immediateTransactions(new PrismaBetterSQLite3({ url: target.file, timeout: 5000 })) });
  // Per-connection setting (WAL itself is persistent and set by the migrator): with WAL,
  // NORMAL only risks the last commits on power loss, not corruption, and saves an fsync
  // per transaction.
  await client.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await client.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  rememberTarget(client, target);
  return client;
}

/**
 * Prisma's SQLite adapter opens transactions with a plain (deferred) BEGIN: a transaction
 * that reads, then writes, holds a read snapshot, and if the runtime commits in between,
 * its first write fails at once with SQLITE_BUSY_SNAPSHOT ("database is locked"), which
 * no busy timeout can wait out. BEGIN IMMEDIATE takes the write lock up front, waiting
 * for it under the busy timeout, so a management write never loses to a busy runtime.
 */
function immediateTransactions(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    // The adapter starts every transaction with prepare("BEGIN") on its one connection.
    const database = (adapter as unknown as { client: { prepare(sql: string): unknown } }).client;
    const prepare = database.prepare.bind(database);
    database.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    return adapter;
  };
  return factory;
}
