"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { journeysApi } from "@/lib/journeys/api-client";
import type { JourneySummary } from "@/lib/journeys/api-schemas";
import { NameField } from "./name-field";
import { useJourneyMutation } from "./use-journeys";

export function RenameJourneyDialog({ journey, onClose }: { journey: JourneySummary | null; onClose: () => void }) {
  const [name, setName] = useState("");
  useEffect(() => setName(journey?.name ?? ""), [journey]);
  const rename = useJourneyMutation((j: JourneySummary) => journeysApi.update(j.id, { updatedAt: j.updatedAt, name: name.trim() }));

  return (
    <Dialog
      open={journey !== null}
      onClose={onClose}
      title="Rename journey"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form="rename-journey" disabled={!name.trim() || rename.isPending}>
            Save
          </Button>
        </>
      }
    >
      <form
        id="rename-journey"
        onSubmit={(event) => {
          event.preventDefault();
          if (journey && name.trim()) rename.mutate(journey, { onSuccess: onClose });
        }}
      >
        <NameField value={name} onChange={setName} error={rename.error?.message} />
      </form>
    </Dialog>
  );
}
