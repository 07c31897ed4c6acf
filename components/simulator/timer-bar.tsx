"use client";

import { useEffect, useState } from "react";
import { Hourglass } from "lucide-react";
import { Button } from "@/components/ui/button";
import { formatDuration } from "@/lib/steps/shared/format-duration";
import { usePreview } from "./preview-context";

/** The wait the run is in (reply timeout or delay), counting down, with "skip wait". */
export function TimerBar({ onSkip }: { onSkip(): void }) {
  const timer = usePreview((s) => s.snapshot?.timer ?? null);
  const withPerson = usePreview((s) => Boolean(s.snapshot?.withPerson));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!timer) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [timer]);
  if (!timer) return null;
  const left = Math.max(0, Math.round((Date.parse(timer.dueAt) - now) / 1000));
  return (
    <div className="flex shrink-0 items-center gap-2 border-b border-amber-200 bg-amber-50 px-3 py-1.5 text-[12px] text-amber-900" role="status" data-testid="preview-timer">
      <Hourglass className="size-3.5 shrink-0" />
      <span className="min-w-0 flex-1 truncate" title={`At step ${timer.nodeId}`}>
        {timer.kind === "delay" ? "Delay ends" : withPerson ? "No one answered" : "No reply"} {left > 0 ? `in ${countdown(left)}` : "now"}
      </span>
      <Button size="sm" variant="secondary" className="h-6" onClick={onSkip}>
        Skip wait
      </Button>
    </div>
  );
}

/** Long waits in words; the last hour as a ticking clock (59:50). */
function countdown(seconds: number) {
  if (seconds >= 3600) return formatDuration(seconds);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
