import type { Metadata } from "next";
import { JourneyList } from "@/components/journeys/journey-list";
import { getDb } from "@/lib/db/client";
import { journeyStore } from "@/lib/journeys/journey-store";

export const metadata: Metadata = { title: "Journeys" };
export const dynamic = "force-dynamic";

export default async function JourneysPage() {
  const journeys = await journeyStore(await getDb()).list();
  return <JourneyList initialJourneys={journeys} />;
}
