import "server-only";
import { toDate, type RawConnection } from "../db/raw-connection";
import { journeyDocumentSchema } from "../journey/document-schema";
import { compileJourney, type CompiledJourney } from "./compile-journey";

export type PublishedJourney = { journeyId: string; versionId: string; version: number; compiled: CompiledJourney };

/** How long the list of live versions is reused: a publish is picked up within this. */
const PUBLISHED_TTL_MS = 1000;

/**
 * Compiled journey versions. A version never changes, so it is compiled once per
 * process; the list of live (latest) versions is re-read at most once a second.
 */
export function journeyCache(sql: RawConnection) {
  const compiled = new Map<string, Promise<CompiledJourney>>();
  let published: { at: number; list: Promise<PublishedJourney[]> } | null = null;

  function version(versionId: string): Promise<CompiledJourney> {
    let entry = compiled.get(versionId);
    if (!entry) {
      entry = sql.query(`SELECT "document" FROM "JourneyVersion" WHERE "id" = $1`, [versionId]).then(([row]) => {
        if (!row) throw new Error(`journey version ${versionId} not found`);
        return compileJourney(journeyDocumentSchema.parse(sql.json(row.document)));
      });
      entry.catch(() => compiled.delete(versionId));
      compiled.set(versionId, entry);
    }
    return entry;
  }

  async function loadPublished(): Promise<PublishedJourney[]> {
    const rows = await sql.query<{ id: string; journeyId: string; version: number; createdAt: unknown }>(
      `SELECT v."id", v."journeyId", v."version", j."createdAt" FROM "JourneyVersion" v JOIN "Journey" j ON j."id" = v."journeyId"
       WHERE v."version" = (SELECT MAX(w."version") FROM "JourneyVersion" w WHERE w."journeyId" = v."journeyId")`,
    );
    // Oldest journey first: "the first published journey whose trigger matches".
    rows.sort((a, b) => toDate(a.createdAt).getTime() - toDate(b.createdAt).getTime());
    return Promise.all(rows.map(async (r) => ({ journeyId: r.journeyId, versionId: r.id, version: Number(r.version), compiled: await version(r.id) })));
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
