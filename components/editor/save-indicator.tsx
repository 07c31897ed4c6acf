"use client";

import { AlertCircle, Check, CloudUpload, Loader2 } from "lucide-react";
import type { SaveStatus } from "./use-autosave";

const LOOK: Record<SaveStatus, { label: string; className: string }> = {
  saved: { label: "Saved", className: "text-slate-500" },
  unsaved: { label: "Unsaved changes", className: "text-slate-500" },
  saving: { label: "Saving…", className: "text-slate-500" },
  error: { label: "Not saved", className: "text-rose-600" },
  conflict: { label: "Save conflict", className: "text-amber-700" },
};

/** Whether the draft on screen is the draft on the server. */
export function SaveIndicator({ status, error, onRetry }: { status: SaveStatus; error: string | null; onRetry(): void }) {
  const look = LOOK[status];
  const Glyph = status === "saved" ? Check : status === "saving" ? Loader2 : status === "unsaved" ? CloudUpload : AlertCircle;
  return (
    <span role="status" data-testid="save-status" data-status={status} className={`flex items-center gap-1.5 text-xs font-medium ${look.className}`} title={error ?? undefined}>
      <Glyph className={`size-3.5 ${status === "saving" ? "animate-spin" : ""}`} />
      {look.label}
      {status === "error" && (
        <button type="button" onClick={onRetry} className="underline underline-offset-2">
          Retry
        </button>
      )}
    </span>
  );
}
