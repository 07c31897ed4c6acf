"use client";

import { useRouter } from "next/navigation";
import { journeysApi } from "@/lib/client/journeys-api";
import { NameDialog } from "./name-dialog";
import { useJourneyMutation } from "./use-journeys";

export function CreateJourneyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const router = useRouter();
  const create = useJourneyMutation((name: string) => journeysApi.create({ name }));
  return (
    <NameDialog
      open={open}
      title="New journey"
      description="It starts with an inbound-message trigger; add steps in the editor."
      submitLabel="Create journey"
      pending={create.isPending}
      error={create.error?.message}
      onClose={onClose}
      onSubmit={(name) =>
        create.mutate(name, {
          onSuccess: (journey) => {
            onClose();
            router.push(`/journeys/${journey.id}`);
          },
        })
      }
    />
  );
}
