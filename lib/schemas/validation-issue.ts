/**
 * One problem in a journey. `path` is dotted: inside the node's `data` when `nodeId` is
 * set (e.g. `message.buttons.0.title`), else from the document root (`settings.reentry`,
 * `edges.3.target`), so the editor can point at the field.
 */
export type ValidationIssue = {
  severity: "error" | "warning";
  nodeId?: string;
  edgeId?: string;
  path: string;
  code: string;
  message: string;
};

/** A problem inside one step, as its kind's checks report it: `path` is inside the node's `data` (`message.buttons.0.title`). */
export type StepIssue = Pick<ValidationIssue, "severity" | "path" | "code" | "message">;

export function hasErrors(issues: ValidationIssue[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}

export function dottedPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join(".");
}
