"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { journeysApi } from "@/lib/journeys/api-client";
import { NameField } from "./name-field";
import { useJourneyMutation } from "./use-journeys";

export function CreateJourneyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const create = useJourneyMutation((journeyName: string) => journeysApi.create({ name: journeyName }));
  const submit = () =>
    create.mutate(name.trim(), {
      onSuccess: (journey) => {
        setName("");
        onClose();
        router.push(`/journeys/${journey.id}`);
      },
    });

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="New journey"
      description="It starts with an inbound-message trigger; add steps in the editor."
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form="create-journey" disabled={!name.trim() || create.isPending}>
            Create journey
          </Button>
        </>
      }
    >
      <form
        id="create-journey"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) submit();
        }}
      >
        <NameField value={name} onChange={setName} error={create.error?.message} />
      </form>
    </Dialog>
  );
}
