import type { Db } from "./client";
import { providerOf } from "./client-targets";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Prisma's codes for a write that lost to a concurrent one and may simply run again. */
const RETRYABLE = new Set(["P2002", "P2034"]);
/**
 * Under SERIALIZABLE, n writers racing on one row (ten publishes of one journey) each
 * lose up to n - 1 times before their turn: enough tries, with a backoff that spreads
 * them out, that a burst of management calls queues rather than fails.
 */
const ATTEMPTS = 12;

/**
 * A read-then-write transaction that does not fail because the runtime or another
 * request is writing at the same moment. On SQLite, transactions begin IMMEDIATE (see
 * createClient), so they queue for the write lock; on PostgreSQL they are SERIALIZABLE
 * (read committed let two racing first-owner setups both see no user and both create
 * one), so a concurrent writer can win a unique key or a serialization check, and the
 * whole transaction runs again from its reads. The waits are generous: under a burst of
 * webhooks the lock is busy, not stuck, and a management call must not fail for that.
 */
export async function writeTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, { maxWait: 15_000, timeout: 15_000, ...(providerOf(db) === "postgres" && { isolationLevel: "Serializable" as const }) });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (!code || !RETRYABLE.has(code) || attempt >= ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** Math.min(attempt, 5)));
    }
  }
}
