import type { Metadata } from "next";
import { headers } from "next/headers";
import { ChannelsManager } from "@/components/settings/channels-manager";
import { NoAccess } from "@/components/settings/no-access";
import { pagePrincipal } from "@/lib/api/page-auth";
import { channelStore } from "@/lib/channels/channel-store";
import { publicOrigin } from "@/lib/config/public-origin";
import { getDb } from "@/lib/db/client";

export const metadata: Metadata = { title: "Channels" };

export default async function ChannelsPage() {
  const principal = await pagePrincipal();
  if (!principal.can("workspace:manage")) return <NoAccess role={principal.role} />;
  return <ChannelsManager channels={await channelStore(await getDb()).list()} origin={publicOrigin(await headers())} />;
}
