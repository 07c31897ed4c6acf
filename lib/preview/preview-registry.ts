import "server-only";
import { notFound } from "../errors/domain-error";
import type { SecretsSource } from "../secrets/workspace-secrets";
import { journeyHttp } from "../http/journey-http";
import type { JourneyDocument } from "../journey/document-schema";
import { createPreviewSession, type PreviewSession } from "./preview-session";
import type { PreviewContact } from "./preview-schemas";

const IDLE_MS = 60 * 60 * 1000;
const MAX_SESSIONS = 200;

// On globalThis so that every route bundle of the process sees the same previews.
const registry = globalThis as typeof globalThis & { __journeyPreviews?: Map<string, PreviewSession> };
const sessions = (registry.__journeyPreviews ??= new Map());

export const DEFAULT_PREVIEW_CONTACT: PreviewContact = { name: "Alex Morgan", msisdn: "+15550100200" };

/** Opens a preview of a draft; idle previews (a closed tab) are dropped as new ones open. */
export function openPreview(journeyId: string, document: JourneyDocument, secrets: SecretsSource, contact: PreviewContact = DEFAULT_PREVIEW_CONTACT): PreviewSession {
  sweep();
  const session = createPreviewSession(
    { journeyId, document, contact },
    { http: (call) => journeyHttp(call), secrets, now: () => new Date() },
  );
  sessions.set(session.id, session);
  return session;
}

export function getPreview(id: string): PreviewSession {
  const session = sessions.get(id);
  if (!session) throw notFound("Preview");
  return session;
}

export function closePreview(id: string) {
  sessions.get(id)?.dispose();
  sessions.delete(id);
}

function sweep() {
  const byAge = [...sessions.values()].sort((a, b) => a.lastUsed - b.lastUsed);
  const excess = byAge.length - (MAX_SESSIONS - 1);
  byAge.forEach((session, index) => {
    if (index < excess || Date.now() - session.lastUsed > IDLE_MS) closePreview(session.id);
  });
}
