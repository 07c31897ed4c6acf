import "server-only";
import type { RawConnection } from "../db/raw-connection";

export const RETENTION_KEY = "retention_days";
export const DEFAULT_RETENTION_DAYS = 90;
const BATCH = 500;
/** Batches per pass: a pass stays short, and the next one goes on where it stopped. */
const MAX_BATCHES = 20;
const FINAL_SENDS = `('sent', 'delivered', 'read', 'undelivered', 'rejected', 'failed')`;

/**
 * Removes conversation detail older than the workspace's retention: the step logs of runs
 * that ended before the cutoff, messages sent (or given up) before it, and webhook events
 * processed before it. Runs themselves stay (status, variables, outcome) for the record,
 * and so do Insights' aggregates: a step is removed only once it has been counted.
 * In small batches, each its own transaction, so the runtime's lanes never wait long.
 */
export async function pruneDetail(sql: RawConnection, now = new Date()): Promise<{ steps: number; messages: number; events: number }> {
  const days = await retentionDays(sql);
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const removed = { steps: 0, messages: 0, events: 0 };
  const jobs: Array<[keyof typeof removed, string]> = [
    ["steps", `DELETE FROM "RunStep" WHERE "id" IN (SELECT s."id" FROM "RunStep" s JOIN "Run" r ON r."id" = s."runId" WHERE r."endedAt" < $1 AND s."rolledUp" LIMIT ${BATCH})`],
    ["messages", `DELETE FROM "OutboxMessage" WHERE "id" IN (SELECT "id" FROM "OutboxMessage" WHERE "createdAt" < $1 AND "status" IN ${FINAL_SENDS} LIMIT ${BATCH})`],
    ["events", `DELETE FROM "InboxEvent" WHERE "id" IN (SELECT "id" FROM "InboxEvent" WHERE "receivedAt" < $1 AND "processedAt" IS NOT NULL LIMIT ${BATCH})`],
  ];
  for (const [kind, statement] of jobs) {
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const [result] = await sql.batch([{ sql: statement, params: [cutoff] }]);
      removed[kind] += result.changes;
      if (result.changes < BATCH) break;
    }
  }
  return removed;
}

export async function retentionDays(sql: RawConnection): Promise<number> {
  const [row] = await sql.query<{ value: unknown }>(`SELECT "value" FROM "Setting" WHERE "key" = $1`, [RETENTION_KEY]);
  const days = row ? Number(sql.json(row.value)) : NaN;
  return Number.isInteger(days) && days > 0 ? days : DEFAULT_RETENTION_DAYS;
}
