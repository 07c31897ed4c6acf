"use client";

import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useViewer } from "@/components/viewer-context";
import { journeysApi } from "@/lib/client/journeys-api";
import { JOURNEYS_KEY } from "./use-journeys";

/**
 * The journey's on/off switch. On starts runs from its live version; off starts none and,
 * if asked, ends the runs still waiting. Turning off asks which; turning on just acts.
 */
export function ActiveSwitch({ journey, onChange }: { journey: { id: string; name: string; active: boolean; publishedVersion: number | null }; onChange?(active: boolean): void }) {
  const { canEditJourneys } = useViewer();
  const client = useQueryClient();
  const [asking, setAsking] = useState(false);
  const hydrated = useHydrated();
  const [active, setActive] = useState(journey.active);
  const toggle = useMutation({
    mutationFn: ({ on, endWaiting }: { on: boolean; endWaiting?: boolean }) => journeysApi.setActive(journey.id, on, endWaiting),
    onSuccess: (answer) => {
      setActive(answer.active);
      setAsking(false);
      onChange?.(answer.active);
    },
    onSettled: () => client.invalidateQueries({ queryKey: JOURNEYS_KEY }),
  });
  const label = `${journey.name} active`;
  const hint = !journey.publishedVersion ? "Takes effect once the journey is published" : active ? "Starts runs from its live version; switch off to pause" : "Off: starts no new runs";

  return (
    <>
      <button
        type="button"
        role="switch"
        aria-checked={active}
        aria-label={label}
        title={hint}
        disabled={!hydrated || toggle.isPending || !canEditJourneys}
        onClick={() => (active ? setAsking(true) : toggle.mutate({ on: true }))}
        className="group inline-flex items-center gap-2 rounded-full text-xs font-medium text-slate-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-600 disabled:opacity-60"
      >
        {/* Never a green "On" beside "Draft": a journey with nothing published starts nothing yet. */}
        <span className={`relative h-5 w-9 rounded-full transition-colors ${active ? (journey.publishedVersion ? "bg-emerald-600" : "bg-slate-400") : "bg-slate-300"}`}>
          <span className={`absolute top-0.5 left-0.5 size-4 rounded-full bg-white shadow transition-transform ${active ? "translate-x-4" : ""}`} />
        </span>
        <span className="min-w-6 text-left whitespace-nowrap">{!journey.publishedVersion ? "Not live" : active ? "On" : "Off"}</span>
      </button>
      <Dialog
        open={asking}
        onClose={() => setAsking(false)}
        title="Turn this journey off?"
        description={
          <>
            <strong className="font-medium text-slate-700">{journey.name}</strong> will start no new runs until it is turned back on. Its live version stays
            published. What about the customers it is talking to now?
          </>
        }
        footer={
          <>
            <Button onClick={() => setAsking(false)}>Cancel</Button>
            <Button variant="danger" disabled={toggle.isPending} onClick={() => toggle.mutate({ on: false, endWaiting: true })}>
              Turn off and end waiting runs
            </Button>
            <Button variant="primary" data-autofocus disabled={toggle.isPending} onClick={() => toggle.mutate({ on: false })}>
              Turn off, let them finish
            </Button>
          </>
        }
      >
        {toggle.error && (
          <p className="text-sm text-rose-600" role="alert">
            {toggle.error.message}
          </p>
        )}
      </Dialog>
    </>
  );
}
