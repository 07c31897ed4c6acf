import { createHash } from "node:crypto";
import type { JourneyDocument } from "../journey/document-schema";

/**
 * A fingerprint of a journey document, to tell whether a draft differs from its live
 * version without loading either. Both sides are documents parsed by the same schema,
 * so the same content serializes to the same text.
 */
export function documentHash(document: JourneyDocument): string {
  return createHash("sha256").update(JSON.stringify(document)).digest("base64url");
}
