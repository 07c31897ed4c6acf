import "server-only";
import type { Db } from "../db/client";
import { QUEUE_WEBHOOKS_KEY, queueWebhooksBody, type QueueWebhook } from "./queue-webhooks";

export async function queueWebhooks(db: Db): Promise<QueueWebhook[]> {
  const row = await db.setting.findUnique({ where: { key: QUEUE_WEBHOOKS_KEY } });
  const parsed = queueWebhooksBody.safeParse({ webhooks: row?.value ?? [] });
  return parsed.success ? parsed.data.webhooks : [];
}
