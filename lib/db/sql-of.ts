import type { Db } from "./create-client";
import { targetOf } from "./client-targets";
import { openRawConnection } from "./open-raw-connection";
import type { RawConnection } from "./raw-connection";
import { favouredWriter, processWriteFlag } from "./write-priority";

// On globalThis: Next bundles a module into several chunks, each with its own copy.
const holder = globalThis as unknown as { journeyStudioSql?: { connections: WeakMap<Db, Promise<RawConnection>> } };
const { connections } = (holder.journeyStudioSql ??= { connections: new WeakMap() });

/**
 * The prepared-statement connection to the same database as the Prisma client `db`,
 * opened on first use: the runtime's hot path (webhook ingest, lanes, outbox, timers)
 * goes through it, everything else through Prisma.
 */
export function sqlOf(db: Db): Promise<RawConnection> {
  let connection = connections.get(db);
  if (!connection) {
    const target = targetOf(db);
    if (!target) throw new Error("sqlOf: this Prisma client was not made by createClient");
    // This process's webhooks write through it: they go first when the runtime's thread also writes.
    connection = openRawConnection(target, { poolSize: 10, writePriority: favouredWriter(processWriteFlag()) });
    connections.set(db, connection);
  }
  return connection;
}

/** Closes the client's SQL connection, if it was opened. */
export async function closeSql(db: Db): Promise<void> {
  const connection = connections.get(db);
  connections.delete(db);
  if (connection) await (await connection).close();
}
