import type { Metadata } from "next";
import { pagePrincipal } from "@/lib/api/page-auth";
import { JourneyList } from "@/components/journeys/journey-list";
import { getDb } from "@/lib/db/client";
import { journeyStore } from "@/lib/journeys/journey-store";
import { withLiveWarnings } from "@/lib/journeys/live-warnings";
import { listInbound } from "@/lib/inbound/inbound-queries";
import { UnmatchedNotice } from "@/components/journeys/unmatched-notice";
import { GettingStarted } from "@/components/journeys/getting-started";
import { channelFacts } from "@/lib/channels/channel-facts";

export const metadata: Metadata = { title: "Journeys" };
export const dynamic = "force-dynamic";

export default async function JourneysPage() {
  await pagePrincipal();
  const db = await getDb();
  const [journeys, unmatched, channels] = await Promise.all([journeyStore(db).list().then((list) => withLiveWarnings(db, list)), listInbound(db, { outcome: "unmatched", limit: 10 }), channelFacts(db)]);
  const canSend = [...channels.values()].some((c) => c.canSend);
  const sample = journeys.find((j) => j.name === "Appointment booking") ?? journeys[0] ?? null;
  return (
    <JourneyList
      initialJourneys={journeys}
      notice={
        <>
          {!canSend && <GettingStarted sample={sample && { id: sample.id, name: sample.name }} />}
          <UnmatchedNotice inbound={unmatched} />
        </>
      }
    />
  );
}
