import type { JourneyDocument } from "./document-schema";
import { validateJourney } from "./validate-journey";
import type { ValidationIssue } from "../schemas/validation-issue";
import type { KeywordSettings } from "../whatsapp/keyword-settings";

/** A live journey's trigger keyword that a workspace keyword takes first. */
export type TriggerCollision = {
  journeyId: string;
  journeyName: string;
  nodeId: string;
  keyword: string;
  severity: "error" | "warning";
  message: string;
};

/**
 * Which of these journeys' trigger keywords the workspace keywords would take first: the
 * trigger's own check (`trigger_keyword_taken`), run for each journey with these keywords.
 */
export function triggerCollisions(journeys: Array<{ id: string; name: string; document: JourneyDocument }>, keywords: KeywordSettings): TriggerCollision[] {
  return journeys.flatMap(({ id, name, document }) =>
    validateJourney(document, undefined, { keywords, journeyId: id })
      .filter((issue) => issue.code === "trigger_keyword_taken" && issue.nodeId)
      .map((issue) => ({ journeyId: id, journeyName: name, nodeId: issue.nodeId!, keyword: takenKeyword(document, issue), severity: issue.severity, message: issue.message })),
  );
}

/** The collisions `next` adds to those of `current`: what saving `next` would newly break. */
export function newCollisions(current: TriggerCollision[], next: TriggerCollision[]): TriggerCollision[] {
  const known = new Set(current.map((c) => `${c.journeyId}\n${c.nodeId}\n${c.keyword.toUpperCase()}\n${c.severity}`));
  return next.filter((c) => !known.has(`${c.journeyId}\n${c.nodeId}\n${c.keyword.toUpperCase()}\n${c.severity}`));
}

/** The trigger keyword a `trigger_keyword_taken` issue points at (its path is `keywords.<i>`). */
export function takenKeyword(document: JourneyDocument, issue: ValidationIssue): string {
  const node = document.nodes.find((n) => n.id === issue.nodeId);
  return ((node?.data as { keywords?: string[] } | undefined)?.keywords?.[Number(issue.path.split(".")[1])] ?? "").trim();
}
