"use client";

import { useState } from "react";
import { Ban } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useApiAction } from "@/components/ui/use-api-action";
import { useViewer } from "@/components/viewer-context";
import { workspaceApi } from "@/lib/client/workspace-api";

/** Ends a waiting or sleeping run, after asking; only for members who operate runs. */
export function CancelRunButton({ runId }: { runId: string }) {
  const { canOperate } = useViewer();
  const action = useApiAction();
  const [asking, setAsking] = useState<string | null>(null);
  if (!canOperate) return null;
  return (
    <>
      <Button onClick={() => setAsking(runId)} disabled={action.pending}>
        <Ban className="size-4" /> Cancel run
      </Button>
      {action.error && <span className="text-sm text-rose-600" role="alert">{action.error}</span>}
      <ConfirmDialog
        subject={asking}
        title={() => "Cancel this run?"}
        description="It ends as cancelled at once: its wait or delay is dropped and nothing more is sent to the contact."
        action="Cancel run"
        onClose={() => setAsking(null)}
        onConfirm={(id) => void action.run(() => workspaceApi.cancelRun(id))}
      />
    </>
  );
}
