import { z } from "zod";
import { journeyDocumentSchema } from "../journey/document-schema";
import type { ValidationIssue } from "../schemas/validation-issue";

/**
 * Request bodies and answers of /api/journeys, shared by the route handlers (which parse
 * with them) and the client (which builds requests with them).
 */
const isoDate = z.iso.datetime({ offset: true, error: "updatedAt must be the ISO date-time the edit was based on" });

export const createJourneyBody = z
  .object({
    name: z.string().trim().min(1, { error: "name cannot be empty" }).max(120, { error: "name is at most 120 characters" }).optional(),
    document: journeyDocumentSchema.optional(),
  })
  .refine((body) => body.name || body.document, { error: "Give a name for a blank journey, or a document", path: ["name"] });

export const updateJourneyBody = z
  .object({
    updatedAt: isoDate,
    name: z.string().trim().min(1, { error: "name cannot be empty" }).max(120, { error: "name is at most 120 characters" }).optional(),
    description: z.string().max(1000).optional(),
    document: journeyDocumentSchema.optional(),
  })
  .refine((body) => body.name !== undefined || body.description !== undefined || body.document !== undefined, {
    error: "Nothing to update: send name, description or document",
    path: ["document"],
  });

/** A version number in a path: /versions/3. */
export const versionNumber = z.coerce.number().int().min(1, { error: "Versions are numbered from 1" });

export const activationBody = z.object({
  active: z.boolean({ error: "active must be true or false" }),
  endWaitingRuns: z.boolean({ error: "endWaitingRuns must be true or false" }).default(false),
});

/** Publish and restore may say which draft they saw; a newer draft then gets a 409. */
export const basedOnBody = z.object({ updatedAt: isoDate.optional() });

export const validateBody = z.object({ document: journeyDocumentSchema.optional() });

/** A short label for a badge, and the whole story for its title. */
export type LiveWarning = { label: string; detail: string };

export type JourneySummary = {
  id: string;
  name: string;
  description: string;
  nodeCount: number;
  createdAt: string;
  updatedAt: string;
  publishedVersion: number | null;
  publishedAt: string | null;
  /** True when the draft differs from the live version; null when nothing is published (or not known yet). */
  unpublishedChanges: boolean | null;
  /** An inactive journey starts no new runs. */
  active: boolean;
  /** What keeps the live version from working as built (a trigger that can never fire), on the journeys list. */
  liveWarnings?: LiveWarning[];
};

export type JourneyRecord = JourneySummary & { document: z.infer<typeof journeyDocumentSchema> };

export type VersionSummary = { version: number; publishedAt: string; name: string; nodeCount: number };

export type ValidateAnswer = { valid: boolean; errors: number; warnings: number; issues: ValidationIssue[] };
