"use client";

import { createContext, useContext, type ReactNode } from "react";
import { useStore } from "zustand";
import { createPreviewStore, handleKey, type PreviewState, type PreviewStore } from "./preview-store";

// Outside an editor (a read-only canvas) nothing is previewed: an empty store answers.
const idle = createPreviewStore();
const PreviewContext = createContext<PreviewStore>(idle);

export function PreviewProvider({ store, children }: { store: PreviewStore; children: ReactNode }) {
  return <PreviewContext.Provider value={store}>{children}</PreviewContext.Provider>;
}

export function usePreviewStore(): PreviewStore {
  return useContext(PreviewContext);
}

export function usePreview<T>(selector: (state: PreviewState) => T): T {
  return useStore(usePreviewStore(), selector);
}

/** How the preview run relates to a step: the canvas marks it. */
export function usePreviewMark(nodeId: string): "current" | "visited" | null {
  return usePreview((s) => (s.current === nodeId ? "current" : s.visited.has(nodeId) ? "visited" : null));
}

export function usePreviewTaken(source: string, sourceHandle: string | null | undefined): boolean {
  return usePreview((s) => s.taken.has(handleKey(source, sourceHandle)));
}
