"use client";

import { useState } from "react";
import { Download } from "lucide-react";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/page-header";
import { flowOrder } from "@/lib/journey/flow-order";
import type { NodeDescription } from "@/lib/journey/describe-node";
import type { ValidationIssue } from "@/lib/journey/validation-issue";
import { journeysApi } from "@/lib/journeys/api-client";
import type { JourneyRecord, VersionSummary } from "@/lib/journeys/api-schemas";
import { ProblemsPanel } from "./problems-panel";
import { PublishButton } from "./publish-button";
import { StepCard } from "./step-card";
import { VersionsPanel } from "./versions-panel";
import { RecentRunsPanel, type RunListItem } from "@/components/runs/recent-runs-panel";
import { JourneyCanvas } from "@/components/canvas/journey-canvas";

type Props = { journey: JourneyRecord; versions: VersionSummary[]; runs: RunListItem[]; issues: ValidationIssue[]; steps: NodeDescription[] };

/** The journey page: its steps in reading order, its problems, publishing and versions. */
export function JourneyOverview({ journey, versions, runs, issues, steps }: Props) {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const triggers = new Set(steps.filter((s) => s.category === "triggers").map((s) => s.type));
  const ordered = flowOrder(journey.document, (type) => triggers.has(type)).map((id) => byId.get(id)!);
  const errors = issues.filter((i) => i.severity === "error").length;
  const [view, setView] = useState<"canvas" | "steps">("canvas");

  return (
    <>
      <PageHeader
        eyebrow={<Breadcrumb items={[{ href: "/journeys", label: "Journeys" }]} />}
        title={journey.name}
        badge={journey.publishedVersion ? <Badge tone="success">Published v{journey.publishedVersion}</Badge> : <Badge>Draft</Badge>}
        description={journey.document.description || undefined}
        actions={
          <>
            <a
              href={journeysApi.exportUrl(journey.id)}
              download
              className="inline-flex h-9 items-center gap-2 rounded-lg bg-white px-3.5 text-sm font-medium text-slate-700 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
            >
              <Download className="size-4" /> Export
            </a>
            <PublishButton journey={journey} errors={errors} />
          </>
        }
      />
      <div className="space-y-6 px-8 py-6">
        <section aria-label="Journey">
          <div className="mb-3 flex items-center justify-between">
            <h2 className="text-sm font-semibold text-slate-900">
              Steps <span className="font-normal text-slate-500">· {steps.length}</span>
            </h2>
            <div role="tablist" aria-label="View" className="inline-flex rounded-lg bg-slate-100 p-0.5 text-xs font-medium">
              {(["canvas", "steps"] as const).map((option) => (
                <button
                  key={option}
                  role="tab"
                  aria-selected={view === option}
                  onClick={() => setView(option)}
                  className={`rounded-md px-3 py-1 capitalize ${view === option ? "bg-white text-slate-900 shadow-sm" : "text-slate-500 hover:text-slate-800"}`}
                >
                  {option === "canvas" ? "Canvas" : "List"}
                </button>
              ))}
            </div>
          </div>
          {view === "canvas" ? (
            <JourneyCanvas document={journey.document} steps={steps} issues={issues} />
          ) : (
            <ol className="space-y-3" aria-label="Steps">
              {ordered.map((step) => (
                <StepCard
                  key={step.id}
                  step={step}
                  issues={issues.filter((i) => i.nodeId === step.id)}
                  targets={journey.document.edges.filter((e) => e.source === step.id)}
                />
              ))}
            </ol>
          )}
        </section>
        <aside className="grid items-start gap-6 lg:grid-cols-3">
          <ProblemsPanel issues={issues} nameOf={(id) => byId.get(id)?.title ?? id} />
          <VersionsPanel journeyId={journey.id} versions={versions} />
          <RecentRunsPanel runs={runs} />
        </aside>
      </div>
    </>
  );
}
