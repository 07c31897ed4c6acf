"use client";

import { createContext, useContext } from "react";

/** Where the picker was asked for: an output to continue from, and a point on screen. */
export type PickerRequest = { source: string; sourceHandle: string; screen: { x: number; y: number } };

export const StepPickerContext = createContext<(request: PickerRequest) => void>(() => {});

/** Opens the step picker for an output; nodes call it from their "+" buttons. */
export function useOpenStepPicker() {
  return useContext(StepPickerContext);
}
