"use client";

import { journeysApi } from "@/lib/client/journeys-api";
import type { JourneySummary } from "@/lib/journeys/api-schemas";
import { NameDialog } from "./name-dialog";
import { useJourneyMutation } from "./use-journeys";

export function RenameJourneyDialog({ journey, onClose }: { journey: JourneySummary | null; onClose: () => void }) {
  const rename = useJourneyMutation(({ j, name }: { j: JourneySummary; name: string }) =>
    journeysApi.update(j.id, { updatedAt: j.updatedAt, name }),
  );
  return (
    <NameDialog
      open={journey !== null}
      title="Rename journey"
      initialName={journey?.name ?? ""}
      submitLabel="Save"
      pending={rename.isPending}
      error={rename.error?.message}
      onClose={onClose}
      onSubmit={(name) => journey && rename.mutate({ j: journey, name }, { onSuccess: onClose })}
    />
  );
}
