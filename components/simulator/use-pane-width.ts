"use client";

import { useEffect, useState, type KeyboardEvent, type PointerEvent } from "react";
import { isNumber, useStoredState } from "@/components/ui/use-stored-state";

/** The editor's side panel, beside the preview: the canvas gets what the two leave. */
export const SIDE_PANEL_PX = 352;
const MIN = 280;
const MAX = 560;
const PREFERRED = 384;

/**
 * The preview's width: by default as wide as a phone while the canvas keeps at least half
 * the window (at 1280 px that is 288 px); dragged or arrowed narrower or wider, and
 * remembered. Never so wide that the canvas drops below a third of the window.
 */
export function usePaneWidth() {
  const [chosen, setChosen] = useStoredState<number>("journey-studio:preview-width", 0, isNumber);
  const [windowWidth, setWindowWidth] = useState(1440);
  useEffect(() => {
    const update = () => setWindowWidth(window.innerWidth);
    update();
    window.addEventListener("resize", update);
    return () => window.removeEventListener("resize", update);
  }, []);
  const ceiling = Math.max(MIN, Math.min(MAX, windowWidth - SIDE_PANEL_PX - windowWidth / 3));
  const fallback = Math.max(MIN, Math.min(PREFERRED, windowWidth / 2 - SIDE_PANEL_PX));
  const width = Math.round(Math.min(ceiling, Math.max(MIN, chosen || fallback)));

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const [startX, startWidth] = [event.clientX, width];
    const target = event.currentTarget;
    const move = (e: globalThis.PointerEvent) => setChosen(Math.min(ceiling, Math.max(MIN, startWidth + startX - e.clientX)));
    const up = () => {
      target.removeEventListener("pointermove", move);
      target.removeEventListener("pointerup", up);
    };
    target.addEventListener("pointermove", move);
    target.addEventListener("pointerup", up);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const step = event.key === "ArrowLeft" ? 16 : event.key === "ArrowRight" ? -16 : 0;
    if (!step) return;
    event.preventDefault();
    setChosen(Math.min(ceiling, Math.max(MIN, width + step)));
  };
  const separator = {
    role: "separator",
    "aria-orientation": "vertical",
    "aria-label": "Resize the preview",
    "aria-valuemin": MIN,
    "aria-valuemax": Math.round(ceiling),
    "aria-valuenow": width,
    tabIndex: 0,
    onPointerDown,
    onKeyDown,
  } as const;
  return { width, separator };
}
