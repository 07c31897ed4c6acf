"use client";

import { useEffect } from "react";
import { useReactFlow } from "@xyflow/react";
import { bringIntoView } from "@/components/canvas/viewport";
import type { PreviewStore } from "./preview-store";

/** Keeps the step the preview run last ran in view, so the highlight can be followed. */
export function useFollowRun(preview: PreviewStore) {
  const flow = useReactFlow();
  useEffect(
    () =>
      preview.subscribe((state, before) => {
        if (state.latest && state.latest !== before.latest) bringIntoView(flow, state.latest);
      }),
    [flow, preview],
  );
}
