"use client";

import Link from "next/link";
import { Copy, Download, Pencil, Trash2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { RelativeTime } from "@/components/ui/relative-time";
import { journeysApi } from "@/lib/client/journeys-api";
import type { JourneySummary } from "@/lib/journeys/api-schemas";
import { useViewer } from "@/components/viewer-context";
import type { JourneyActivity } from "@/lib/insights/journey-health";
import { ActiveSwitch } from "./active-switch";
import { ActivitySparkline } from "./activity-sparkline";
import { BlockedTemplatesWarning } from "../templates/blocked-templates-badge";
import { useJourneyMutation } from "./use-journeys";
import { LiveWarnings } from "./live-warnings";

export function JourneyRow({ journey, activity, onRename, onDelete }: { journey: JourneySummary; activity: JourneyActivity | undefined; onRename: () => void; onDelete: () => void }) {
  const { canEditJourneys } = useViewer();
  const duplicate = useJourneyMutation(journeysApi.duplicate);
  return (
    <li className="group flex items-center gap-4 px-5 py-4 transition-colors hover:bg-slate-50/70" aria-label={journey.name}>
      <div className="min-w-0 flex-1">
        {/* The name comes first: beside it the badges wrap to the next line rather than squeeze it away. */}
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <Link href={`/journeys/${journey.id}`} className="max-w-full min-w-0 truncate text-sm font-semibold text-slate-900 hover:text-emerald-700">
            {journey.name}
          </Link>
          {journey.publishedVersion ? <Badge tone="success">Published v{journey.publishedVersion}</Badge> : <Badge>Draft</Badge>}
          {journey.unpublishedChanges && <Badge tone="warning">Unpublished changes</Badge>}
          {journey.publishedVersion && journey.active && <BlockedTemplatesWarning journeyId={journey.id} variant="badge" />}
          {journey.publishedVersion && journey.active && <LiveWarnings warnings={journey.liveWarnings ?? []} />}
        </div>
        <p className="mt-0.5 truncate text-sm text-slate-500">{journey.description || "No description"}</p>
      </div>
      <ActivitySparkline name={journey.name} activity={activity} />
      <ActiveSwitch key={String(journey.active)} journey={journey} />
      <div className="hidden w-24 text-right text-sm text-slate-500 tabular-nums sm:block">
        {journey.nodeCount} {journey.nodeCount === 1 ? "step" : "steps"}
      </div>
      <div className="hidden w-36 text-right text-sm text-slate-500 md:block">
        Edited <RelativeTime iso={journey.updatedAt} />
      </div>
      <div className="flex items-center gap-0.5">
        {canEditJourneys && (
          <Button variant="ghost" size="sm" onClick={onRename} aria-label={`Rename ${journey.name}`} title="Rename">
            <Pencil className="size-4" />
          </Button>
        )}
        {canEditJourneys && (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => duplicate.mutate(journey.id)}
            disabled={duplicate.isPending}
            aria-label={`Duplicate ${journey.name}`}
            title="Duplicate"
          >
            <Copy className="size-4" />
          </Button>
        )}
        <a
          href={journeysApi.exportUrl(journey.id)}
          download
          aria-label={`Export ${journey.name}`}
          title="Export as JSON"
          className="inline-flex h-8 items-center rounded-lg px-2.5 text-slate-600 hover:bg-slate-100 hover:text-slate-900"
        >
          <Download className="size-4" />
        </a>
        {canEditJourneys && (
          <Button variant="ghost" size="sm" onClick={onDelete} aria-label={`Delete ${journey.name}`} title="Delete" className="hover:!bg-rose-50 hover:!text-rose-600">
            <Trash2 className="size-4" />
          </Button>
        )}
      </div>
    </li>
  );
}
