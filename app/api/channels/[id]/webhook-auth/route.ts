import { apiRoute, readJson } from "@/lib/api/api-route";
import { notFound } from "@/lib/errors/domain-error";
import { DEFAULT_CHANNEL_ID, defaultWebhookAuthBody } from "@/lib/channels/channel-schemas";
import { defaultWebhookAuth } from "@/lib/channels/default-webhook-auth";

/**
 * The default channel's generated webhook authorization: `reveal` shows it the once,
 * `renew` issues a new one (returned once), `require` stops letting webhooks without it in.
 * Channels from Settings issue theirs through PUT /api/channels/:id.
 */
export const POST = apiRoute<{ id: string }>(
  async ({ request, params, db, audit }) => {
    if (params.id !== DEFAULT_CHANNEL_ID) throw notFound("Generated webhook authorization");
    const { action } = await readJson(request, defaultWebhookAuthBody);
    const webhookAuth = action === "reveal" ? await defaultWebhookAuth.reveal(db) : action === "renew" ? await defaultWebhookAuth.renew(db) : (await defaultWebhookAuth.require(db), null);
    await audit("channel.changed", params.id, { changed: `webhook authorization: ${action}` });
    return { webhookAuth };
  },
  { permission: "workspace:manage" },
);
