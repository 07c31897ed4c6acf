"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

export type ImportFailure = { message: string; issues: Array<{ path: string; message: string }> };

/** Why a file is not a journey, path by path. */
export function ImportFailureDialog({ failure, onClose }: { failure: ImportFailure | null; onClose(): void }) {
  return (
    <Dialog open={failure !== null} onClose={onClose} title="This file could not be imported" description={failure?.message} footer={<Button onClick={onClose}>Close</Button>}>
      {failure && failure.issues.length > 0 && (
        <ul className="max-h-64 space-y-2 overflow-auto text-sm" aria-label="Import problems">
          {failure.issues.map((issue, i) => (
            <li key={i} className="rounded-lg bg-rose-50 px-3 py-2 text-rose-800">
              <code className="font-mono text-xs text-rose-600">{issue.path || "(document)"}</code>
              <div>{issue.message}</div>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
