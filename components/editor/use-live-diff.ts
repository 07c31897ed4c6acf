"use client";

import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { editorDocument } from "@/lib/editor/editor-store";
import { diffJourneys, type JourneyDiff } from "@/lib/journey/diff-journeys";
import { journeysApi } from "@/lib/client/journeys-api";
import { useEditor, useEditorStore } from "./editor-context";

/**
 * The draft against the live version, as the user edits: recomputed per committed edit
 * (the revision), not per dragged frame. Null until something is published and loaded.
 */
export function useLiveDiff(journeyId: string, publishedVersion: number | null): JourneyDiff | null {
  const store = useEditorStore();
  const revision = useEditor((s) => s.revision);
  const live = useQuery({
    queryKey: ["journeys", journeyId, "versions", publishedVersion],
    queryFn: () => journeysApi.version(journeyId, publishedVersion!),
    enabled: publishedVersion !== null,
    staleTime: Infinity,
  });
  const document = live.data?.document;
  return useMemo(
    () => (document ? diffJourneys(document, editorDocument(store.getState())) : null),
    // The revision stands for the store's document.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [document, revision, store],
  );
}
