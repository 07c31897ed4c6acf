import "server-only";
import type { Db } from "../db/client";
import { journeyDocumentSchema } from "../journey/document-schema";
import { compileJourney, type CompiledJourney } from "./compile-journey";

export type PublishedJourney = { journeyId: string; versionId: string; version: number; compiled: CompiledJourney };

/** How long the list of live versions is reused: a publish is picked up within this. */
const PUBLISHED_TTL_MS = 1000;

/**
 * Compiled journey versions. A version never changes, so it is compiled once per
 * process; the list of live (latest) versions is re-read at most once a second.
 */
export function journeyCache(db: Db) {
  const compiled = new Map<string, Promise<CompiledJourney>>();
  let published: { at: number; list: Promise<PublishedJourney[]> } | null = null;

  function version(versionId: string): Promise<CompiledJourney> {
    let entry = compiled.get(versionId);
    if (!entry) {
      entry = db.journeyVersion.findUniqueOrThrow({ where: { id: versionId } }).then((row) => compileJourney(journeyDocumentSchema.parse(row.document)));
      entry.catch(() => compiled.delete(versionId));
      compiled.set(versionId, entry);
    }
    return entry;
  }

  async function loadPublished(): Promise<PublishedJourney[]> {
    const rows = await db.journeyVersion.findMany({
      select: { id: true, journeyId: true, version: true },
      orderBy: [{ journeyId: "asc" }, { version: "desc" }],
      distinct: ["journeyId"],
    });
    const journeys = await db.journey.findMany({ where: { id: { in: rows.map((r) => r.journeyId) } }, select: { id: true, createdAt: true } });
    const created = new Map(journeys.map((j) => [j.id, j.createdAt.getTime()]));
    // Oldest journey first: "the first published journey whose trigger matches".
    rows.sort((a, b) => (created.get(a.journeyId) ?? 0) - (created.get(b.journeyId) ?? 0));
    return Promise.all(rows.map(async (r) => ({ journeyId: r.journeyId, versionId: r.id, version: r.version, compiled: await version(r.id) })));
  }

  return {
    version,
    published(now = Date.now()): Promise<PublishedJourney[]> {
      if (!published || now - published.at > PUBLISHED_TTL_MS) published = { at: now, list: loadPublished() };
      return published.list;
    },
    invalidate() {
      published = null;
    },
  };
}

export type JourneyCache = ReturnType<typeof journeyCache>;
