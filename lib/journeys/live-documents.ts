import "server-only";
import type { Db } from "../db/client";
import { journeyDocumentSchema, type JourneyDocument } from "../journey/document-schema";

// Versions never change: each is parsed once per process.
const parsed = new Map<string, JourneyDocument | null>();

/** The live version of every journey that is switched on, parsed (each version once per process). */
export async function liveDocuments(db: Db): Promise<Array<{ id: string; name: string; document: JourneyDocument }>> {
  const rows = await db.journey.findMany({
    where: { active: true, versions: { some: {} } },
    select: { id: true, name: true, versions: { orderBy: { version: "desc" }, take: 1, select: { id: true } } },
    orderBy: { name: "asc" },
  });
  const live = new Set(rows.map((row) => row.versions[0].id));
  // Versions no longer live are let go: the cache holds at most one document per journey.
  for (const id of parsed.keys()) if (!live.has(id)) parsed.delete(id);
  const missing = [...live].filter((id) => !parsed.has(id));
  if (missing.length) {
    for (const version of await db.journeyVersion.findMany({ where: { id: { in: missing } }, select: { id: true, document: true } })) {
      const result = journeyDocumentSchema.safeParse(version.document);
      parsed.set(version.id, result.success ? result.data : null);
    }
  }
  return rows.flatMap((row) => {
    const document = parsed.get(row.versions[0].id);
    return document ? [{ id: row.id, name: row.name, document }] : [];
  });
}
