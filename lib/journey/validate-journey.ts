import type { JourneyDocument } from "./document-schema";
import { graphChecks } from "./graph-checks";
import { resolveNodes, type ResolvedNode } from "./resolve-nodes";
import { templateSyntaxError } from "../templating/template-syntax";
import type { ValidationIssue } from "../schemas/validation-issue";
import { unknownSteps } from "../test-format/test-references";
import { messageStep } from "../steps/message/definition";
import { catalogLookups, type TemplateCatalog } from "../whatsapp/template-catalog";
import type { ChannelSendability, ValidationContext } from "../steps/step-definition";
import type { KeywordSettings } from "../whatsapp/keyword-settings";

/** What the workspace adds to a journey's checks; absent, only the document is checked. */
export type JourneyValidationContext = { templates?: TemplateCatalog | null; keywords?: KeywordSettings | null; channels?: ChannelSendability[] | null; journeyId?: string };

/**
 * Every problem of a parsed journey, errors and warnings, each pointing at a node and
 * field where it can. A journey with any error cannot be published.
 */
export function validateJourney(document: JourneyDocument, resolved: ResolvedNode[] = resolveNodes(document), workspace: JourneyValidationContext = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const context: ValidationContext = {
    templates: workspace.templates ? catalogLookups(workspace.templates, listensOn(resolved)) : [],
    ...(workspace.keywords && { keywords: workspace.keywords }),
    ...(workspace.channels && { channels: workspace.channels }),
    ...(workspace.journeyId && { journeyId: workspace.journeyId }),
  };
  for (const node of resolved) {
    issues.push(...node.issues);
    if (node.config === undefined) continue;
    for (const issue of node.definition.validateWith?.(node.config, context) ?? []) issues.push({ ...issue, nodeId: node.node.id });
    for (const field of node.definition.templateFields?.(node.config) ?? []) {
      const error = templateSyntaxError(field.value);
      if (error) {
        issues.push({ severity: "error", nodeId: node.node.id, path: field.path, code: "template_syntax", message: `Template error: ${error}` });
      }
    }
  }
  const fallback = document.settings.windowFallbackTemplate;
  if (fallback) {
    const asStep = { message: fallback, wait: { enabled: false, timeoutSeconds: 1 } };
    for (const issue of messageStep.validateWith!(asStep, context)) {
      issues.push({ ...issue, path: `settings.windowFallbackTemplate.${issue.path.replace(/^message\./, "")}` });
    }
    for (const field of messageStep.templateFields!(asStep)) {
      const error = templateSyntaxError(field.value);
      if (error) {
        issues.push({ severity: "error", path: `settings.windowFallbackTemplate.${field.path.replace(/^message\./, "")}`, code: "template_syntax", message: `Template error: ${error}` });
      }
    }
  }
  issues.push(...graphChecks(document, resolved));
  const nodeIds = new Set(document.nodes.map((n) => n.id));
  (document.tests ?? []).forEach((test, i) => {
    for (const unknown of unknownSteps(test, nodeIds)) {
      issues.push({ severity: "warning", path: `tests.${i}.${unknown.path}`, code: "test_unknown_step", message: `Test “${test.name}”: ${unknown.message}` });
    }
  });
  return issues;
}

/** The channels every trigger is limited to, or null when any of them listens on all. */
function listensOn(resolved: ResolvedNode[]): string[] | null {
  const channels = new Set<string>();
  for (const node of resolved) {
    if (!node.definition.isTrigger) continue;
    const on = node.config === undefined ? null : (node.definition.listensOn?.(node.config) ?? null);
    if (!on) return null;
    on.forEach((c) => channels.add(c));
  }
  return channels.size ? [...channels] : null;
}
