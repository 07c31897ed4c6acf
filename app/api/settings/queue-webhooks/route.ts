import { apiRoute, readJson } from "@/lib/api/api-route";
import { QUEUE_WEBHOOKS_KEY, queueWebhooksBody } from "@/lib/conversations/queue-webhooks";
import { queueWebhooks } from "@/lib/conversations/queue-webhook-store";

/** Each inbox queue's webhook: new conversations and customer messages are POSTed there. */
export const GET = apiRoute(async ({ db }) => ({ webhooks: await queueWebhooks(db) }), { permission: "workspace:manage" });

export const PUT = apiRoute(
  async ({ request, db, audit }) => {
    const { webhooks } = await readJson(request, queueWebhooksBody);
    await db.setting.upsert({ where: { key: QUEUE_WEBHOOKS_KEY }, create: { key: QUEUE_WEBHOOKS_KEY, value: webhooks }, update: { value: webhooks } });
    await audit("settings.queue_webhooks_changed", null, { queues: webhooks.map((w) => w.queue).join(",") });
    return { webhooks };
  },
  { permission: "workspace:manage" },
);
