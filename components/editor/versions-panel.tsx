"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { History } from "lucide-react";
import { Panel } from "@/components/ui/panel";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { RelativeTime } from "@/components/ui/relative-time";
import type { VersionSummary } from "@/lib/journeys/api-schemas";

/** Published versions, newest first; restoring one replaces the draft (undoably). */
export function VersionsPanel({ versions, onRestore }: { versions: VersionSummary[]; onRestore(version: number): Promise<void> }) {
  const [confirming, setConfirming] = useState<number | null>(null);
  const restore = useMutation({
    mutationFn: onRestore,
    onSuccess: () => setConfirming(null),
  });
  return (
    <Panel label="Versions" title="Published versions" icon={<History className="size-4 text-slate-400" />}>
      {versions.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">Nothing published yet. Conversations start only on a published version.</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100">
          {versions.map((v, i) => (
            <li key={v.version} className="flex items-center justify-between gap-2 py-2 text-sm">
              <span>
                <span className="font-medium text-slate-900">Version {v.version}</span>
                {i === 0 && <span className="ml-2 text-xs font-medium text-emerald-600">live</span>}
                <span className="block text-xs text-slate-500">
                  <RelativeTime iso={v.publishedAt} /> · {v.nodeCount} steps
                </span>
              </span>
              <Button size="sm" variant="ghost" onClick={() => setConfirming(v.version)} aria-label={`Restore version ${v.version}`}>
                Restore
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Dialog
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        title={`Restore version ${confirming}?`}
        description="The draft is replaced by this version. Published versions stay as they are; publish again to make it live."
        footer={
          <>
            <Button onClick={() => setConfirming(null)} data-autofocus>
              Cancel
            </Button>
            <Button variant="primary" disabled={restore.isPending} onClick={() => confirming && restore.mutate(confirming)}>
              Restore into draft
            </Button>
          </>
        }
      >
        {restore.error && <p className="text-sm text-rose-600" role="alert">{restore.error.message}</p>}
      </Dialog>
    </Panel>
  );
}
