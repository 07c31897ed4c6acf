"use client";

import { canvasElement } from "@/components/canvas/viewport";

/**
 * The first stop of the keyboard: past the header and the palette's 25 entries, straight
 * to the canvas (its selected step, else its first), as WCAG's "bypass blocks" asks.
 */
export function SkipToCanvas() {
  return (
    <a
      href="#journey-canvas"
      onClick={(event) => {
        event.preventDefault();
        const canvas = canvasElement();
        const step = canvas?.querySelector<HTMLElement>(".react-flow__node.selected") ?? canvas?.querySelector<HTMLElement>(".react-flow__node");
        (step ?? canvas?.querySelector<HTMLElement>(".react-flow__pane"))?.focus();
      }}
      className="sr-only z-50 rounded-lg bg-emerald-600 px-3 py-2 text-sm font-medium text-white shadow focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
    >
      Skip to the canvas
    </a>
  );
}
