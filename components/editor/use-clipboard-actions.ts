"use client";

import { useCallback, useMemo } from "react";
import { useReactFlow } from "@xyflow/react";
import { fragmentFromText, fragmentToText } from "@/lib/editor/clipboard";
import type { Fragment } from "@/lib/editor/graph-edits";
import { canvasElement } from "@/components/canvas/viewport";
import { useEditorStore } from "./editor-context";

const NUDGE = 40;

/**
 * Copy, paste and duplicate. Copied steps are JSON text on the system clipboard, so they
 * paste into another journey (or tab); a paste lands where the user is looking unless the
 * originals are in view, in which case it lands just beside them.
 */
export function useClipboardActions() {
  const store = useEditorStore();
  const flow = useReactFlow();

  const pasteFragment = useCallback(
    (fragment: Fragment) => {
      const xs = fragment.nodes.map((n) => n.position.x);
      const ys = fragment.nodes.map((n) => n.position.y);
      const [minX, minY] = [Math.min(...xs), Math.min(...ys)];
      const rect = canvasElement()?.getBoundingClientRect();
      const view = rect && {
        topLeft: flow.screenToFlowPosition({ x: rect.left, y: rect.top }),
        bottomRight: flow.screenToFlowPosition({ x: rect.right, y: rect.bottom }),
      };
      const inView = view && minX >= view.topLeft.x && minX <= view.bottomRight.x - 100 && minY >= view.topLeft.y && minY <= view.bottomRight.y - 100;
      const offset = inView || !view
        ? { x: NUDGE, y: NUDGE }
        : { x: (view.topLeft.x + view.bottomRight.x) / 2 - 128 - minX, y: (view.topLeft.y + view.bottomRight.y) / 2 - 80 - minY };
      store.getState().actions.paste(fragment, offset);
    },
    [flow, store],
  );

  return useMemo(
    () => ({
      /** The selection as clipboard text, or null when nothing is selected. */
      copyText: () => {
        const fragment = store.getState().actions.copySelection();
        return fragment && fragmentToText(fragment);
      },
      copy: async () => {
        const fragment = store.getState().actions.copySelection();
        if (fragment) await navigator.clipboard?.writeText(fragmentToText(fragment)).catch(() => undefined);
      },
      /** Pastes steps from clipboard text; other text is left alone (false). */
      pasteText: (text: string) => {
        const fragment = fragmentFromText(text);
        if (!fragment) return false;
        pasteFragment(fragment);
        return true;
      },
      duplicate: () => {
        const fragment = store.getState().actions.copySelection();
        if (fragment) store.getState().actions.paste(fragment, { x: NUDGE, y: NUDGE });
      },
    }),
    [pasteFragment, store],
  );
}
