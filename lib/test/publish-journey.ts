import type { Db } from "../db/client";
import { parseJourneyDocument } from "../journey/parse-document";
import { journeyStore } from "../journeys/journey-store";

/** A journey file, parsed, saved and published as the import and publish routes would: its id. */
export async function publishJourney(db: Db, file: unknown): Promise<string> {
  const parsed = parseJourneyDocument(file);
  if (!parsed.ok) throw new Error(`not a journey: ${JSON.stringify(parsed.issues)}`);
  const store = journeyStore(db);
  const { id } = await store.create(parsed.document);
  await store.publish(id);
  return id;
}
