import { createHash } from "node:crypto";
import type { JourneyDocument } from "../journey/document-schema";

/**
 * A fingerprint of a journey document, to tell whether a draft differs from its live
 * version without loading either. Keys are sorted first: PostgreSQL's jsonb gives them
 * back in its own order, and step configs keep whatever order they were written in.
 */
export function documentHash(document: JourneyDocument): string {
  return createHash("sha256").update(JSON.stringify(document, sortedKeys)).digest("base64url");
}

function sortedKeys(_key: string, value: unknown) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
