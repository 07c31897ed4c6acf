import "server-only";
import type { Db } from "../db/client";
import { liveDocuments } from "./live-documents";
import type { KeywordSettings } from "../whatsapp/keyword-settings";
import { triggerCollisions, type TriggerCollision } from "../journey/trigger-collision";

/** The live versions' trigger keywords (journeys switched on) that these keywords take first. */
export async function liveTriggerCollisions(db: Db, keywords: KeywordSettings): Promise<TriggerCollision[]> {
  return triggerCollisions(await liveDocuments(db), keywords);
}
