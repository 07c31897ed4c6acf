import { ArrowRight } from "lucide-react";
import { Icon } from "@/components/ui/icon";
import { TemplateText } from "@/components/ui/template-text";
import { CATEGORY_STYLE } from "@/components/canvas/category-style";
import type { NodeDescription } from "@/lib/journey/describe-node";
import type { JourneyEdge } from "@/lib/journey/document-schema";
import type { ValidationIssue } from "@/lib/journey/validation-issue";


export function StepCard({
  step,
  issues,
  targets,
}: {
  step: NodeDescription;
  issues: ValidationIssue[];
  targets: JourneyEdge[];
}) {
  const hasError = issues.some((i) => i.severity === "error");
  return (
    <li
      id={`step-${step.id}`}
      aria-label={`${step.title} ${step.id}`}
      className={`rounded-xl bg-white p-4 shadow-sm ring-1 ${hasError ? "ring-rose-300" : "ring-slate-200"}`}
    >
      <div className="flex items-start gap-3">
        <span className={`grid size-9 shrink-0 place-items-center rounded-lg ring-1 ${CATEGORY_STYLE[step.category] ?? CATEGORY_STYLE.logic}`}>
          <Icon name={step.icon} className="size-4.5" />
        </span>
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-baseline gap-x-2">
            <span className="text-sm font-semibold text-slate-900">{step.subtitle ?? step.title}</span>
            <code className="font-mono text-xs text-slate-400">{step.id}</code>
          </div>
          {step.summary && <p className="mt-1 line-clamp-3 whitespace-pre-line text-sm text-slate-600"><TemplateText text={step.summary} /></p>}
          {step.outputs.length > 0 && (
            <ul className="mt-3 flex flex-wrap gap-1.5">
              {step.outputs.map((output) => {
                const edge = targets.find((t) => t.sourceHandle === output.id);
                return (
                  <li
                    key={output.id}
                    className={`inline-flex items-center gap-1 rounded-md px-2 py-1 text-xs ring-1 ring-inset ${
                      output.tone === "error" ? "bg-rose-50/60 text-rose-700 ring-rose-200" : output.tone === "timeout" ? "bg-amber-50/60 text-amber-800 ring-amber-200" : "bg-slate-50 text-slate-700 ring-slate-200"
                    }`}
                  >
                    <span className="font-medium">{output.label}</span>
                    <ArrowRight className="size-3 opacity-60" />
                    {edge ? (
                      <a href={`#step-${edge.target}`} className="font-mono hover:underline">{edge.target}</a>
                    ) : (
                      <span className="italic opacity-70">ends the run</span>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {issues.length > 0 && (
            <ul className="mt-3 space-y-1">
              {issues.map((issue, i) => (
                <li key={i} className={`text-xs ${issue.severity === "error" ? "text-rose-600" : "text-amber-700"}`}>
                  {issue.path && <code className="mr-1 font-mono">{issue.path}</code>}
                  {issue.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </li>
  );
}
