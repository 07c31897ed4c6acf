"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { editorDocument, type EditorStore } from "@/lib/editor/editor-store";
import { ApiClientError, journeysApi } from "@/lib/client/journeys-api";
import type { JourneyRecord } from "@/lib/journeys/api-schemas";

export type SaveStatus = "saved" | "unsaved" | "saving" | "error" | "conflict";

const DEBOUNCE_MS = 700;

/**
 * Saves the draft shortly after each change, always based on the `updatedAt` it last
 * saw: if someone else saved in between, the server answers 409 and the user chooses to
 * reload theirs or overwrite it; work is never dropped silently.
 */
/** `readOnly`: a member whose role cannot change journeys sees the draft; nothing is sent. */
export function useAutosave(store: EditorStore, journey: JourneyRecord, readOnly = false) {
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [error, setError] = useState<string | null>(null);
  const basedOn = useRef(journey.updatedAt);
  const savedRevision = useRef(store.getState().revision);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const blocked = useRef(false);
  const failed = useRef(false);

  const mutation = useMutation({
    mutationFn: (body: { updatedAt: string; document: ReturnType<typeof editorDocument> }) => journeysApi.update(journey.id, body),
  });
  const { mutateAsync } = mutation;

  const reschedule = useRef<() => void>(() => {});
  const save = useCallback(async (): Promise<void> => {
    if (inFlight.current) return inFlight.current.then(() => save());
    const state = store.getState();
    if (readOnly || state.revision === savedRevision.current || blocked.current) return;
    const revision = state.revision;
    failed.current = false;
    setStatus("saving");
    inFlight.current = (async () => {
      try {
        const saved = await mutateAsync({ updatedAt: basedOn.current, document: editorDocument(state) });
        basedOn.current = saved.updatedAt;
        savedRevision.current = revision;
        setError(null);
        setStatus(store.getState().revision === revision ? "saved" : "unsaved");
      } catch (e) {
        if (e instanceof ApiClientError && e.status === 409) {
          blocked.current = true;
          setStatus("conflict");
        } else {
          failed.current = true;
          setError(e instanceof Error ? e.message : String(e));
          setStatus("error");
        }
      } finally {
        inFlight.current = null;
      }
    })();
    await inFlight.current;
    if (store.getState().revision !== savedRevision.current && !blocked.current && !failed.current) reschedule.current();
  }, [store, mutateAsync, readOnly]);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), DEBOUNCE_MS);
  }, [save]);
  reschedule.current = schedule;

  useEffect(() => {
    if (readOnly) return;
    const changed = () => {
      if (!blocked.current) setStatus("unsaved");
      schedule();
    };
    // An edit made between the first render and this subscription (a field typed into as
    // the page hydrates) would otherwise wait for the next one to be saved.
    if (store.getState().revision !== savedRevision.current && !inFlight.current) changed();
    return store.subscribe((state, previous) => {
      if (state.revision !== previous.revision) changed();
    });
  }, [store, schedule, readOnly]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (store.getState().revision !== savedRevision.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      clearTimeout(timer.current);
    };
  }, [store]);

  /** Saves now and waits: before publishing, exporting or leaving. */
  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    await save();
    return store.getState().revision === savedRevision.current && !blocked.current;
  }, [save, store]);

  /** A draft the server changed itself (restore, reload) becomes the saved baseline. */
  const adopt = useCallback(
    (record: JourneyRecord, label: string) => {
      clearTimeout(timer.current);
      basedOn.current = record.updatedAt;
      blocked.current = false;
      store.getState().actions.replaceDocument(record.document, label);
      savedRevision.current = store.getState().revision;
      setStatus("saved");
    },
    [store],
  );

  const resolveConflict = useCallback(
    async (choice: "reload" | "overwrite") => {
      const latest = await journeysApi.get(journey.id);
      if (choice === "reload") return adopt(latest, "Reload saved version");
      basedOn.current = latest.updatedAt;
      blocked.current = false;
      await flush();
    },
    [adopt, flush, journey.id],
  );

  return { status, error, flush, adopt, resolveConflict, basedOn: () => basedOn.current, retry: () => void save() };
}
