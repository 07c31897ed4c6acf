"use client";

import { useQuery } from "@tanstack/react-query";
import type { ChannelSummary } from "@/lib/channels/channel-schemas";
import { call } from "@/lib/client/journeys-api";

/** The workspace's channels (never a key), for the trigger's picker and the editor's checks. */
export function useChannels() {
  return useQuery({ queryKey: ["channels"], queryFn: () => call<{ channels: ChannelSummary[] }>("/api/channels").then((r) => r.channels), staleTime: 60_000 });
}
