"use client";

import { KeyRound } from "lucide-react";
import { CopyField } from "./copy-field";

/** A link or token the server keeps only as a hash: this is the one time it can be copied. */
export function ShownOnce({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <div className="rounded-lg bg-amber-50 p-4 ring-1 ring-amber-200" role="status">
      <p className="mb-2 flex items-center gap-1.5 text-sm font-medium text-amber-900">
        <KeyRound className="size-4" /> {hint}
      </p>
      <CopyField value={value} label={label} />
    </div>
  );
}
