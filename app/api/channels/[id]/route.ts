import { apiRoute, readJson } from "@/lib/api/api-route";
import { updateChannelBody } from "@/lib/channels/channel-schemas";
import { channelStore } from "@/lib/channels/channel-store";

type Params = { id: string };

/** Changes a channel; `newWebhookAuth: true` issues a new webhook value, returned this once. */
export const PUT = apiRoute<Params>(
  async ({ request, params, db, audit }) => {
    const body = await readJson(request, updateChannelBody);
    const { webhookAuth } = await channelStore(db).update(params.id, body);
    const changed = Object.keys(body).filter((k) => k !== "newWebhookAuth" || body.newWebhookAuth);
    await audit("channel.changed", params.id, { changed: changed.join(", ") });
    return { webhookAuth };
  },
  { permission: "workspace:manage" },
);

export const DELETE = apiRoute<Params>(
  async ({ params, db, audit }) => {
    const channel = await channelStore(db).remove(params.id);
    await audit("channel.deleted", params.id, { name: channel.name });
    return new Response(null, { status: 204 });
  },
  { permission: "workspace:manage" },
);
