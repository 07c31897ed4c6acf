import { ApiError } from "@/lib/api/api-error";
import { notFound } from "@/lib/errors/domain-error";
import { apiRoute } from "@/lib/api/api-route";
import { checkConnection } from "@/lib/channels/8x8/check-connection";
import { appChannels } from "@/lib/channels/app-channels";

/** Test connection: asks 8x8 whether it accepts the channel's key and sub-account, in plain words. */
export const POST = apiRoute<{ id: string }>(
  async ({ params, db }) => {
    const channel = await (await appChannels(db)).get(params.id);
    if (!channel) throw notFound("Channel");
    if (!channel.config) throw new ApiError(409, "not_configured", "This channel has no sub-account or API key yet");
    return checkConnection(channel.config);
  },
  { permission: "workspace:manage" },
);
