import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JourneyOverview } from "@/components/journey-overview/journey-overview";
import { ApiError } from "@/lib/api/api-error";
import { getDb } from "@/lib/db/client";
import { describeNode } from "@/lib/journey/describe-node";
import { validateJourney } from "@/lib/journey/validate-journey";
import { journeyStore } from "@/lib/journeys/journey-store";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const store = journeyStore(await getDb());
  try {
    return { journey: await store.get(id), versions: await store.versions(id) };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { journey } = await load((await params).id);
  return { title: journey.name };
}

export default async function JourneyPage({ params }: Props) {
  const { journey, versions } = await load((await params).id);
  return (
    <JourneyOverview
      journey={journey}
      versions={versions}
      issues={validateJourney(journey.document)}
      steps={journey.document.nodes.map(describeNode)}
    />
  );
}
