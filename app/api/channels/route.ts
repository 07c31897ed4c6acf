import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/api/api-route";
import { createChannelBody } from "@/lib/channels/channel-schemas";
import { channelStore } from "@/lib/channels/channel-store";
import { publicOrigin } from "@/lib/config/public-origin";

/** The workspace's channels (never a key); editors need their ids for triggers. */
export const GET = apiRoute(async ({ db }) => ({ channels: await channelStore(db).list() }), { permission: "read" });

/** Adds a channel. The answer holds its webhook URL and Authorization value: the only time that value is shown. */
export const POST = apiRoute(
  async ({ request, db, audit }) => {
    const body = await readJson(request, createChannelBody);
    const { id, webhookAuth } = await channelStore(db).create(body);
    await audit("channel.created", id, { name: body.name, subAccountId: body.subAccountId, baseUrl: body.baseUrl });
    const webhookUrl = new URL(`/api/webhooks/8x8/${id}`, publicOrigin(request.headers)).toString();
    return NextResponse.json({ id, webhookUrl, webhookAuth }, { status: 201 });
  },
  { permission: "workspace:manage" },
);
