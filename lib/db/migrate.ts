import { createHash } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { DatabaseTarget } from "./database-target";
import { openRawConnection } from "./open-raw-connection";
import type { RawConnection } from "./raw-connection";

/**
 * Applies the committed migrations of the target's provider, in name order, each in its
 * own transaction, recording name and checksum. Prisma's own `migrate deploy` cannot be
 * used on PostgreSQL through a driver adapter (prisma/orm#27403: the JS schema engine
 * fails on the `name` column type), and this keeps both providers on one code path.
 * An applied migration whose file changed afterwards is an error, never re-run.
 */
export async function migrate(
  target: DatabaseTarget,
  migrationsRoot = path.join(process.cwd(), "prisma"),
): Promise<{ applied: string[] }> {
  const dir = path.join(migrationsRoot, target.provider, "migrations");
  const migrations = listMigrations(dir);
  const conn = await openRawConnection(target);
  try {
    await conn.exec(
      `CREATE TABLE IF NOT EXISTS "_migrations" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TEXT NOT NULL)`,
    );
    const done = new Map(
      (await conn.query<{ name: string; checksum: string }>(`SELECT "name", "checksum" FROM "_migrations"`)).map(
        (row) => [row.name, row.checksum],
      ),
    );
    const applied: string[] = [];
    for (const m of migrations) {
      const previous = done.get(m.name);
      if (previous !== undefined) {
        if (previous !== m.checksum) {
          throw new Error(`migration ${m.name} was changed after it was applied; add a new migration instead`);
        }
        continue;
      }
      await applyOne(conn, target.provider, m);
      applied.push(m.name);
    }
    return { applied };
  } finally {
    await conn.close();
  }
}

/**
 * On SQLite, a migration that redefines a table (Prisma's copy, DROP, rename) must run
 * with foreign keys off: with them on, the DROP deletes the old table's rows first and
 * their ON DELETE CASCADE takes every run, version and message with it. The pragma is a
 * no-op inside a transaction, so it is set around it, and the keys are checked before
 * the commit instead: a migration that would leave a dangling reference rolls back.
 */
async function applyOne(conn: RawConnection, provider: DatabaseTarget["provider"], m: Migration) {
  const record = { sql: `INSERT INTO "_migrations" ("name", "checksum", "appliedAt") VALUES ($1, $2, $3)`, params: [m.name, m.checksum, new Date().toISOString()] };
  if (provider !== "sqlite") {
    await conn.batch([{ sql: m.sql, script: true }, record]);
    return;
  }
  await conn.exec("PRAGMA foreign_keys = OFF");
  try {
    await conn.batch([
      { sql: m.sql, script: true },
      {
        sql: "PRAGMA foreign_key_check",
        check: ({ rows }) => {
          if (rows.length) throw new Error(`migration ${m.name} leaves ${rows.length} broken reference(s), first in ${String(rows[0].table)}`);
        },
      },
      record,
    ]);
  } finally {
    await conn.exec("PRAGMA foreign_keys = ON");
  }
}

export type Migration = { name: string; sql: string; checksum: string };

export function listMigrations(dir: string): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export type { RawConnection };
