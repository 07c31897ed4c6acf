import type { DatabaseTarget } from "./database-target";
import { openPostgres } from "./postgres-connection";
import { openSqlite, type RawConnection } from "./raw-connection";
import type { WritePriority } from "./write-priority";

/** `writePriority`: SQLite only, this connection's side when two in one process write (see write-priority.ts). */
export async function openRawConnection(target: DatabaseTarget, options: { poolSize?: number; writePriority?: WritePriority } = {}): Promise<RawConnection> {
  if (target.provider === "postgres") return openPostgres(target.url, target.schema, options.poolSize ?? 1);
  return openSqlite(target.file, options.writePriority);
}
