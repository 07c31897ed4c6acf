import "server-only";
import type { Db } from "../db/client";
import { sqlOf } from "../db/sql-of";
import { eightByEightConfig } from "../config/eight-by-eight";
import { channelDirectory, type ChannelDirectory } from "./channel-directory";

// One per process (on globalThis: every route bundle shares it), so its cache is shared too.
const holder = globalThis as typeof globalThis & { __journeyChannels?: ChannelDirectory };

/** The channels for the request thread: which webhook authorization each expects. */
export async function appChannels(db: Db): Promise<ChannelDirectory> {
  holder.__journeyChannels ??= channelDirectory(await sqlOf(db), eightByEightConfig());
  return holder.__journeyChannels;
}
