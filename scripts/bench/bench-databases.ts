import { migrate } from "../../lib/db/migrate";
import { openRawConnection } from "../../lib/db/open-raw-connection";
import type { RawConnection } from "../../lib/db/raw-connection";
import { dropTarget, freshTarget, postgresAvailable } from "../../lib/test/test-databases";

/**
 * Runs a benchmark on a fresh, migrated SQLite database and then, when one answers at
 * TEST_POSTGRES_URL, on a fresh PostgreSQL schema; each is dropped afterwards.
 */
export async function onEachDatabase(run: (sql: RawConnection, provider: "sqlite" | "postgres") => Promise<void>): Promise<void> {
  for (const provider of ["sqlite", "postgres"] as const) {
    if (provider === "postgres" && !(await postgresAvailable())) continue;
    const target = freshTarget(provider);
    await migrate(target);
    const sql = await openRawConnection(target);
    try {
      await run(sql, provider);
    } finally {
      await sql.close();
      await dropTarget(target);
    }
  }
}
