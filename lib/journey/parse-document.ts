import type { z } from "zod";
import { journeyDocumentSchema, type JourneyDocument } from "./document-schema";
import { dottedPath, type ValidationIssue } from "../schemas/validation-issue";

export type ParseResult =
  | { ok: true; document: JourneyDocument }
  | { ok: false; issues: ValidationIssue[] };

/** Parses anything claiming to be a journey document; failures carry their paths. */
export function parseJourneyDocument(input: unknown): ParseResult {
  const result = journeyDocumentSchema.safeParse(input);
  if (result.success) return { ok: true, document: result.data };
  return { ok: false, issues: zodIssues(result.error) };
}

export function zodIssues(error: z.ZodError, prefix = ""): ValidationIssue[] {
  return error.issues.map((issue) => ({
    severity: "error" as const,
    path: prefix + dottedPath(issue.path),
    code: issue.code,
    message: issue.message,
  }));
}
