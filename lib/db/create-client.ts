import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseTarget } from "./database-target";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { rememberTarget } from "./sql-of";

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
  // busy timeout: a second writer (the CLI, a test) waits instead of failing at once.
  const client = new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: target.file, timeout: 5000 }) });
  // Per-connection setting (WAL itself is persistent and set by the migrator): with WAL,
  // NORMAL only risks the last commits on power loss, not corruption, and saves an fsync
  // per transaction.
  await client.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await client.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  rememberTarget(client, target);
  return client;
}
