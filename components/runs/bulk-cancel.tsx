"use client";

import { useState } from "react";
import { Ban } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useApiAction } from "@/components/ui/use-api-action";
import { useViewer } from "@/components/viewer-context";
import { call } from "@/lib/client/journeys-api";

type Answer = { matched: number; cancelled: number };

/** Cancels every waiting or sleeping run the filters match, after a dry run says how many. */
export function BulkCancel({ filters }: { filters: Record<string, string> }) {
  const { canOperate } = useViewer();
  const action = useApiAction();
  const [matched, setMatched] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (!canOperate) return null;
  const body = (dryRun: boolean) => ({ filters: { ...filters, ...(filters.version && { version: Number(filters.version) }) }, dryRun });
  const ask = async () => {
    setDone(null);
    const answer = await action.run(() => call<Answer>("/api/runs/cancel", { method: "POST", json: body(true) }));
    if (answer) answer.matched === 0 ? setDone("No waiting or sleeping run matches.") : setMatched(answer.matched);
  };
  return (
    <>
      <Button type="button" onClick={ask} disabled={action.pending}>
        <Ban className="size-4" /> Cancel matching…
      </Button>
      {(done ?? action.error) && <span role="status" className="text-sm text-slate-600">{done ?? action.error}</span>}
      <ConfirmDialog
        subject={matched}
        title={(n) => `Cancel ${n} run${n === 1 ? "" : "s"}?`}
        description="Every waiting or sleeping run these filters match ends as cancelled: its wait or delay is dropped and nothing more is sent."
        action="Cancel runs"
        onClose={() => setMatched(null)}
        onConfirm={async () => {
          const answer = await action.run(() => call<Answer>("/api/runs/cancel", { method: "POST", json: body(false) }));
          if (answer) setDone(`Cancelled ${answer.cancelled} run${answer.cancelled === 1 ? "" : "s"}.`);
        }}
      />
    </>
  );
}
