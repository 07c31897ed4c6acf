import "server-only";
import type { Db } from "../db/client";
import { channelStore } from "./channel-store";
import { DEFAULT_CHANNEL_ID } from "./channel-schemas";

export type ChannelFact = { name: string; canSend: boolean; /** Why its messages wait, in words that say where to fix it. */ notSending: string | null };

/** Each channel's name and whether it can send, for pages that show messages and where they stand. */
export async function channelFacts(db: Db): Promise<Map<string, ChannelFact>> {
  return new Map(
    (await channelStore(db).list({ webhookAuth: false })).map((channel) => [
      channel.id,
      { name: channel.name, canSend: channel.configured, notSending: channel.configured ? null : cannotSend(channel.id, channel.name) },
    ]),
  );
}

function cannotSend(id: string, name: string): string {
  return id === DEFAULT_CHANNEL_ID
    ? `Not sent: the channel “${name}” has no API key. Add your number in Settings → Channels (or set EIGHTX8_API_KEY and EIGHTX8_SUBACCOUNT_ID); it goes out once it can`
    : `Not sent: the channel “${name}” has no API key. Add it in Settings → Channels; it goes out once it can`;
}
