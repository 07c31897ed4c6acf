import "server-only";
import { databaseTarget } from "./database-target";
import { createClient, type Db } from "./create-client";

// One client per process; kept on globalThis so `next dev` reloads do not leak pools.
const holder = globalThis as unknown as { journeyStudioDb?: Promise<Db> };

export function getDb(): Promise<Db> {
  holder.journeyStudioDb ??= createClient(databaseTarget());
  return holder.journeyStudioDb;
}

export type { Db };
