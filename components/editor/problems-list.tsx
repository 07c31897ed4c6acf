"use client";

import { useMemo } from "react";
import { AlertTriangle, CheckCircle2, XCircle } from "lucide-react";
import type { ValidationIssue } from "@/lib/schemas/validation-issue";
import { useEditor } from "./editor-context";

/** Every problem of the draft; picking one takes the user to the field that causes it. */
export function ProblemsList({ onPick }: { onPick(issue: ValidationIssue): void }) {
  const issues = useEditor((s) => s.issues);
  const nodes = useEditor((s) => s.nodes);
  const titles = useMemo(() => new Map(nodes.flatMap((n) => (n.data.title ? [[n.id, n.data.title]] : []))), [nodes]);
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity === "warning");
  return (
    <section aria-label="Problems" className="min-h-0 flex-1 overflow-y-auto p-4">
      <p className="flex gap-3 text-xs font-medium">
        <span className="text-rose-600">
          {errors.length} {errors.length === 1 ? "error" : "errors"}
        </span>
        <span className="text-amber-600">
          {warnings.length} {warnings.length === 1 ? "warning" : "warnings"}
        </span>
      </p>
      {issues.length === 0 ? (
        <p className="mt-4 flex items-center gap-2 text-sm text-emerald-700">
          <CheckCircle2 className="size-4" /> Ready to publish: no problems found.
        </p>
      ) : (
        <ul className="mt-3 space-y-1">
          {[...errors, ...warnings].map((issue, i) => (
            <li key={i}>
              <button type="button" onClick={() => onPick(issue)} className="flex w-full gap-2 rounded-lg px-2 py-1.5 text-left text-sm hover:bg-slate-100">
                {issue.severity === "error" ? <XCircle className="mt-0.5 size-4 shrink-0 text-rose-500" /> : <AlertTriangle className="mt-0.5 size-4 shrink-0 text-amber-500" />}
                <span className="min-w-0 text-slate-700">
                  {issue.nodeId && titles.has(issue.nodeId) ? (
                    <span className="mr-1 text-xs font-medium text-slate-500">{titles.get(issue.nodeId)}</span>
                  ) : (
                    <code className="mr-1 font-mono text-xs text-slate-500">{issue.nodeId ?? "journey"}</code>
                  )}
                  {issue.message}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
