import "server-only";
import { createHash } from "node:crypto";
import type { JourneyDocument } from "../journey/document-schema";
import { canonicalJson } from "../json/canonical-json";

/**
 * A fingerprint of a journey document, to tell whether a draft differs from its live
 * version without loading either. Keys are sorted first: PostgreSQL's jsonb gives them
 * back in its own order, and step configs keep whatever order they were written in.
 */
export function documentHash(document: JourneyDocument): string {
  return createHash("sha256").update(canonicalJson(document)).digest("base64url");
}
