import "server-only";
import { toDate, type RawConnection } from "../db/raw-connection";
import { revisionCached } from "../db/revision-cached";
import { journeyDocumentSchema } from "../journey/document-schema";
import { LIVE_REVISION_KEY } from "../db/live-revision";
import { compileJourney, type CompiledJourney } from "./compile-journey";
import { DEFAULT_KEYWORDS, KEYWORDS_KEY, keywordSettingsSchema, type KeywordSettings } from "../whatsapp/keyword-settings";

export type PublishedJourney = { journeyId: string; versionId: string; version: number; compiled: CompiledJourney };

/**
 * Compiled journey versions. A version never changes, so it is compiled once per
 * process. The list of live (latest) versions of active journeys is reloaded when the live revision moved:
 * one read of one row per inbound message, so a publish is seen by the very next one,
 * in this thread, the runtime's worker thread or another instance.
 */
export function journeyCache(sql: RawConnection) {
  const compiled = new Map<string, Promise<CompiledJourney>>();

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
       WHERE j."active" AND v."version" = (SELECT MAX(w."version") FROM "JourneyVersion" w WHERE w."journeyId" = v."journeyId")`,
    );
    // Oldest journey first: "the first published journey whose trigger matches".
    rows.sort((a, b) => toDate(a.createdAt).getTime() - toDate(b.createdAt).getTime());
    return Promise.all(rows.map(async (r) => ({ journeyId: r.journeyId, versionId: r.id, version: Number(r.version), compiled: await version(r.id) })));
  }

  async function loadKeywords(): Promise<KeywordSettings> {
    const [row] = await sql.query<{ value: unknown }>(`SELECT "value" FROM "Setting" WHERE "key" = $1`, [KEYWORDS_KEY]);
    const parsed = keywordSettingsSchema.safeParse(row ? sql.json(row.value) : {});
    return parsed.success ? parsed.data : DEFAULT_KEYWORDS;
  }

  // The workspace keywords move the same revision as a publish: one read per message serves both.
  const live = revisionCached(sql, LIVE_REVISION_KEY, async () => {
    const [journeys, keywords] = await Promise.all([loadPublished(), loadKeywords()]);
    return { journeys, keywords };
  });

  return {
    version,
    live,
    published: async () => (await live()).journeys,
  };
}

export type JourneyCache = ReturnType<typeof journeyCache>;
