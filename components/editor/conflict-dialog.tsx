"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

/** Someone else saved meanwhile: the user decides, and either choice stays undoable. */
export function ConflictDialog({ open, onResolve }: { open: boolean; onResolve(choice: "reload" | "overwrite"): Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const choose = (choice: "reload" | "overwrite") => {
    setBusy(true);
    onResolve(choice).finally(() => setBusy(false));
  };
  return (
    <Dialog
      open={open}
      onClose={() => undefined}
      title="Someone else saved this journey"
      description="Your latest changes were not saved because the draft changed on the server after you opened it."
      footer={
        <>
          <Button disabled={busy} onClick={() => choose("reload")}>
            Reload their version
          </Button>
          <Button variant="primary" disabled={busy} onClick={() => choose("overwrite")}>
            Overwrite with mine
          </Button>
        </>
      }
    >
      <p className="text-sm text-slate-600">Reloading keeps your version in the undo history (Ctrl+Z brings it back). Overwriting replaces theirs.</p>
    </Dialog>
  );
}
