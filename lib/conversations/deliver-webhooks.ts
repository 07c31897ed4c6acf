import "server-only";
import { toDate, type RawConnection } from "../db/raw-connection";
import type { HttpAnswer, HttpCall } from "../http/http-call";
import { QUEUE_WEBHOOKS_KEY, queueWebhooksBody } from "./queue-webhooks";

const BATCH = 20;
const MAX_ATTEMPTS = 8;
/** A claimed delivery is somebody's for this long; after it, another instance may retry it. */
const CLAIM_MS = 30_000;

/**
 * POSTs due queue events to their queue's URL through the HTTP steps' client (its SSRF
 * guard, its timeouts), oldest first. A failure is retried after 2, 4, 8… seconds, up to
 * eight attempts; an event whose queue has no URL is set aside as failed, with the reason.
 */
export async function deliverWebhooks(sql: RawConnection, http: (call: HttpCall) => Promise<HttpAnswer>, now = new Date()): Promise<number> {
  const due = await sql.query<{ id: string; queue: string; event: string; payload: unknown; attempts: number; nextAttemptAt: unknown }>(
    `SELECT "id", "queue", "event", "payload", "attempts", "nextAttemptAt" FROM "WebhookDelivery"
     WHERE "deliveredAt" IS NULL AND "failedAt" IS NULL AND "nextAttemptAt" <= $1 ORDER BY "nextAttemptAt" LIMIT ${BATCH}`,
    [now],
  );
  if (due.length === 0) return 0;
  const [row] = await sql.query<{ value: unknown }>(`SELECT "value" FROM "Setting" WHERE "key" = $1`, [QUEUE_WEBHOOKS_KEY]);
  const parsed = queueWebhooksBody.safeParse({ webhooks: row ? sql.json(row.value) : [] });
  const urls = new Map(parsed.success ? parsed.data.webhooks.map((w) => [w.queue, w.url]) : []);
  let delivered = 0;
  for (const delivery of due) {
    const [claim] = await sql.batch([
      {
        sql: `UPDATE "WebhookDelivery" SET "nextAttemptAt" = $3 WHERE "id" = $1 AND "nextAttemptAt" = $2 AND "deliveredAt" IS NULL`,
        params: [delivery.id, toDate(delivery.nextAttemptAt), new Date(now.getTime() + CLAIM_MS)],
      },
    ]);
    if (claim.changes === 0) continue;
    const url = urls.get(delivery.queue);
    if (!url) {
      await sql.batch([{ sql: `UPDATE "WebhookDelivery" SET "failedAt" = $2, "lastError" = $3 WHERE "id" = $1`, params: [delivery.id, now, `The queue "${delivery.queue}" has no webhook`] }]);
      continue;
    }
    const body = typeof delivery.payload === "string" ? delivery.payload : JSON.stringify(delivery.payload);
    const answer = await http({
      method: "POST", url, body, timeoutMs: 8000, retries: 0, idempotencyKey: delivery.id,
      headers: { "Content-Type": "application/json", "X-Journey-Studio-Event": delivery.event },
    });
    const ok = !("error" in answer) && answer.status >= 200 && answer.status < 300;
    if (ok) {
      delivered++;
      await sql.batch([{ sql: `UPDATE "WebhookDelivery" SET "deliveredAt" = $2, "attempts" = "attempts" + 1, "lastError" = NULL WHERE "id" = $1`, params: [delivery.id, new Date()] }]);
      continue;
    }
    const attempts = Number(delivery.attempts) + 1;
    const error = "error" in answer ? answer.error : `${url} answered ${answer.status}`;
    await sql.batch([
      attempts >= MAX_ATTEMPTS
        ? { sql: `UPDATE "WebhookDelivery" SET "failedAt" = $2, "attempts" = $3, "lastError" = $4 WHERE "id" = $1`, params: [delivery.id, now, attempts, error] }
        : { sql: `UPDATE "WebhookDelivery" SET "nextAttemptAt" = $2, "attempts" = $3, "lastError" = $4 WHERE "id" = $1`, params: [delivery.id, new Date(now.getTime() + 1000 * 2 ** attempts), attempts, error] },
    ]);
  }
  return delivered;
}
