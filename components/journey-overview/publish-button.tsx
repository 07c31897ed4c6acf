"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Rocket } from "lucide-react";
import { Button } from "@/components/ui/button";
import { journeysApi } from "@/lib/journeys/api-client";
import type { JourneyRecord } from "@/lib/journeys/api-schemas";

/** Publishing freezes the draft as a new version; refused while errors remain. */
export function PublishButton({ journey, errors }: { journey: JourneyRecord; errors: number }) {
  const router = useRouter();
  const publish = useMutation({
    mutationFn: () => journeysApi.publish(journey.id, journey.updatedAt),
    onSuccess: () => router.refresh(),
  });
  const reason = errors > 0 ? `Fix ${errors} ${errors === 1 ? "error" : "errors"} to publish` : undefined;
  return (
    <div className="flex items-center gap-3">
      {reason && <span className="text-sm text-rose-600">{reason}</span>}
      {publish.isSuccess && <span className="text-sm text-emerald-700" role="status">Published version {publish.data.version}</span>}
      {publish.error && <span className="text-sm text-rose-600" role="alert">{publish.error.message}</span>}
      <Button variant="primary" onClick={() => publish.mutate()} disabled={errors > 0 || publish.isPending} title={reason}>
        <Rocket className="size-4" /> Publish
      </Button>
    </div>
  );
}
