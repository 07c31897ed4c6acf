import type { Metadata } from "next";
import { pagePrincipal } from "@/lib/api/page-auth";
import { JourneyEditor } from "@/components/editor/journey-editor";
import { orNotFound } from "@/lib/api/or-not-found";
import { getDb } from "@/lib/db/client";
import { journeyStore } from "@/lib/journeys/journey-store";
import { sqlOf } from "@/lib/db/sql-of";
import { exploreRuns } from "@/lib/runs/explore-runs";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ preview?: string }> };

/** Behind the session check: the title (metadata) must not tell a stranger a journey's name either. */
async function load(id: string) {
  await pagePrincipal();
  const db = await getDb();
  const store = journeyStore(db);
  const journey = await orNotFound(store.get(id));
  return { journey, versions: await store.versions(id), runs: (await exploreRuns(await sqlOf(db), { journeyId: id, op: "eq", limit: 8 })).runs };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { journey } = await load((await params).id);
  return { title: journey.name };
}

export default async function JourneyPage({ params, searchParams }: Props) {
  const { journey, versions, runs } = await load((await params).id);
  // ?preview=1 opens the preview at once ("try a sample" on the journeys page).
  return <JourneyEditor journey={journey} versions={versions} runs={runs} openPreview={(await searchParams).preview === "1"} />;
}
