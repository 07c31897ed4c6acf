"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Upload } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ApiClientError, journeysApi } from "@/lib/client/journeys-api";
import { ImportFailureDialog, type ImportFailure } from "./import-failure-dialog";
import { useJourneyMutation } from "./use-journeys";


/** Picks a .json file, imports it, and opens it; a file that is not a journey explains why. */
export function ImportJourneyButton() {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
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
      <ImportFailureDialog failure={failure} onClose={() => setFailure(null)} />
    </>
  );
}
