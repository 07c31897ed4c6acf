import { AlertTriangle, CheckCircle2, XCircle } from "lucide-react";
import { Panel } from "@/components/ui/panel";
import type { ValidationIssue } from "@/lib/journey/validation-issue";

export function ProblemsPanel({ issues, nameOf }: { issues: ValidationIssue[]; nameOf: (id: string) => string }) {
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity === "warning");
  return (
    <Panel
      label="Problems"
      title="Problems"
      extra={
        <span className="flex gap-2 text-xs font-medium">
          <span className="text-rose-600">{errors.length} {errors.length === 1 ? "error" : "errors"}</span>
          <span className="text-amber-600">{warnings.length} {warnings.length === 1 ? "warning" : "warnings"}</span>
        </span>
      }
    >
      {issues.length === 0 ? (
        <p className="mt-3 flex items-center gap-2 text-sm text-emerald-700">
          <CheckCircle2 className="size-4" /> Ready to publish: no problems found.
        </p>
      ) : (
        <ul className="mt-3 max-h-96 space-y-2 overflow-auto">
          {[...errors, ...warnings].map((issue, i) => (
            <li key={i} className="flex gap-2 text-sm">
              {issue.severity === "error" ? (
                <XCircle className="mt-0.5 size-4 shrink-0 text-rose-500" />
              ) : (
                <AlertTriangle className="mt-0.5 size-4 shrink-0 text-amber-500" />
              )}
              <span className="min-w-0 text-slate-700">
                {issue.nodeId && (
                  <a href={`#step-${issue.nodeId}`} className="mr-1 font-medium text-slate-900 hover:underline">
                    {nameOf(issue.nodeId)} <code className="font-mono text-xs text-slate-400">{issue.nodeId}</code>:
                  </a>
                )}
                {issue.message}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
