"use client";

import { createContext, useContext } from "react";

/**
 * Where the picker was asked for: an output to continue from, a point on screen, and the
 * "+" button it was opened with (focus goes back there on Escape; absent for a connection
 * dropped on the canvas).
 */
export type PickerRequest = { source: string; sourceHandle: string; screen: { x: number; y: number }; returnFocus?: HTMLElement | null };

export const StepPickerContext = createContext<(request: PickerRequest) => void>(() => {});

/** Opens the step picker for an output; nodes call it from their "+" buttons. */
export function useOpenStepPicker() {
  return useContext(StepPickerContext);
}
