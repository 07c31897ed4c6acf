"use client";

import { useState, type ReactNode } from "react";
import { Plus, Workflow } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useViewer } from "@/components/viewer-context";
import { PageHeader } from "@/components/page-header";
import type { JourneySummary } from "@/lib/journeys/api-schemas";
import { CreateJourneyDialog } from "./create-journey-dialog";
import { DeleteJourneyDialog } from "./delete-journey-dialog";
import { ImportJourneyButton } from "./import-journey-button";
import { JourneyRow } from "./journey-row";
import { RenameJourneyDialog } from "./rename-journey-dialog";
import { useJourneys } from "./use-journeys";
import { useQuery } from "@tanstack/react-query";
import { insightsApi } from "@/lib/client/insights-api";

const NO_ACTIVITY = { startedPerDay: Array<number>(14).fill(0), ended: 0, failed: 0 };

type Action = { kind: "rename" | "delete"; journey: JourneySummary } | { kind: "create" } | null;

export function JourneyList({ initialJourneys, notice }: { initialJourneys: JourneySummary[]; notice?: ReactNode }) {
  const { data: journeys } = useJourneys(initialJourneys);
  const { data: activity } = useQuery({ queryKey: ["journeys-activity"], queryFn: insightsApi.activity, refetchInterval: 60_000 });
  const [action, setAction] = useState<Action>(null);
  const { canEditJourneys } = useViewer();
  const close = () => setAction(null);

  return (
    <>
      <PageHeader
        title="Journeys"
        description="WhatsApp conversations that run themselves: design them, publish them, and 8x8 delivers every message."
        actions={
          canEditJourneys ? (
            <>
              <ImportJourneyButton />
              <Button variant="primary" onClick={() => setAction({ kind: "create" })}>
                <Plus className="size-4" /> New journey
              </Button>
            </>
          ) : (
            <Badge>Read only</Badge>
          )
        }
      />
      <div className="px-8 py-6">
        {notice}
        {journeys.length === 0 ? (
          <EmptyState onCreate={canEditJourneys ? () => setAction({ kind: "create" }) : undefined} />
        ) : (
          <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200" aria-label="Journeys">
            {journeys.map((journey) => (
              <JourneyRow
                key={journey.id}
                journey={journey}
                activity={activity ? (activity[journey.id] ?? NO_ACTIVITY) : undefined}
                onRename={() => setAction({ kind: "rename", journey })}
                onDelete={() => setAction({ kind: "delete", journey })}
              />
            ))}
          </ul>
        )}
      </div>
      <CreateJourneyDialog open={action?.kind === "create"} onClose={close} />
      <RenameJourneyDialog journey={action?.kind === "rename" ? action.journey : null} onClose={close} />
      <DeleteJourneyDialog journey={action?.kind === "delete" ? action.journey : null} onClose={close} />
    </>
  );
}

function EmptyState({ onCreate }: { onCreate?: () => void }) {
  return (
    <div className="flex flex-col items-center rounded-xl border border-dashed border-slate-300 bg-white px-6 py-16 text-center">
      <span className="grid size-12 place-items-center rounded-full bg-emerald-50 text-emerald-600">
        <Workflow className="size-6" />
      </span>
      <h2 className="mt-4 text-sm font-semibold text-slate-900">No journeys yet</h2>
      <p className="mt-1 max-w-sm text-sm text-slate-500">Start from a blank canvas, or import a journey file someone shared with you.</p>
      {onCreate && (
        <Button variant="primary" className="mt-5" onClick={onCreate}>
          <Plus className="size-4" /> New journey
        </Button>
      )}
    </div>
  );
}
