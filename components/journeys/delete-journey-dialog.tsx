"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { journeysApi } from "@/lib/client/journeys-api";
import type { JourneySummary } from "@/lib/journeys/api-schemas";
import { useJourneyMutation } from "./use-journeys";

export function DeleteJourneyDialog({ journey, onClose }: { journey: JourneySummary | null; onClose: () => void }) {
  const remove = useJourneyMutation(journeysApi.remove);
  return (
    <Dialog
      open={journey !== null}
      onClose={onClose}
      title="Delete journey?"
      description={
        <>
          <strong className="font-medium text-slate-700">{journey?.name}</strong>, its published versions and its run history will be
          deleted. This cannot be undone.
        </>
      }
      footer={
        <>
          <Button onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button variant="danger" disabled={remove.isPending} onClick={() => journey && remove.mutate(journey.id, { onSuccess: onClose })}>
            Delete journey
          </Button>
        </>
      }
    >
      {remove.error && <p className="text-sm text-rose-600" role="alert">{remove.error.message}</p>}
    </Dialog>
  );
}
