"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Upload } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ApiClientError, journeysApi } from "@/lib/journeys/api-client";
import { useJourneyMutation } from "./use-journeys";

type Failure = { message: string; issues: Array<{ path: string; message: string }> };

/** Picks a .json file, imports it, and opens it; a file that is not a journey explains why. */
export function ImportJourneyButton() {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const importJourney = useJourneyMutation(async (file: File) => {
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      throw new Error(`${file.name} is not a JSON file`);
    }
    return journeysApi.import(document);
  });

  const onFile = (file: File | undefined) => {
    if (!file) return;
    importJourney.mutate(file, {
      onSuccess: (journey) => router.push(`/journeys/${journey.id}`),
      onError: (error) =>
        setFailure({ message: error.message, issues: error instanceof ApiClientError ? (error.body.issues ?? []) : [] }),
    });
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="hidden"
        data-testid="import-file"
        onChange={(event) => {
          onFile(event.target.files?.[0]);
          event.target.value = "";
        }}
      />
      <Button onClick={() => input.current?.click()} disabled={importJourney.isPending}>
        <Upload className="size-4" /> Import
      </Button>
      <Dialog
        open={failure !== null}
        onClose={() => setFailure(null)}
        title="This file could not be imported"
        description={failure?.message}
        footer={<Button onClick={() => setFailure(null)}>Close</Button>}
      >
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
    </>
  );
}
