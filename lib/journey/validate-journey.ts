import type { JourneyDocument } from "./document-schema";
import { graphChecks } from "./graph-checks";
import { resolveNodes, type ResolvedNode } from "./resolve-nodes";
import { templateSyntaxError } from "./template-syntax";
import type { ValidationIssue } from "./validation-issue";
import { messageStep } from "../steps/message/definition";

/**
 * Every problem of a parsed journey, errors and warnings, each pointing at a node and
 * field where it can. A journey with any error cannot be published.
 */
export function validateJourney(document: JourneyDocument, resolved: ResolvedNode[] = resolveNodes(document)): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const node of resolved) {
    issues.push(...node.issues);
    if (node.config === undefined) continue;
    for (const field of node.definition.templateFields?.(node.config) ?? []) {
      const error = templateSyntaxError(field.value);
      if (error) {
        issues.push({ severity: "error", nodeId: node.node.id, path: field.path, code: "template_syntax", message: `Template error: ${error}` });
      }
    }
  }
  const fallback = document.settings.windowFallbackTemplate;
  if (fallback) {
    for (const field of messageStep.templateFields!({ message: fallback, wait: { enabled: false, timeoutSeconds: 1 } })) {
      const error = templateSyntaxError(field.value);
      if (error) {
        issues.push({ severity: "error", path: `settings.windowFallbackTemplate.${field.path.replace(/^message\./, "")}`, code: "template_syntax", message: `Template error: ${error}` });
      }
    }
  }
  issues.push(...graphChecks(document, resolved));
  return issues;
}
