"use client";

import { createContext, useContext } from "react";
import type { StepFigures, VersionFigures } from "@/lib/insights/version-insights";

export type InsightsState = {
  figures: VersionFigures;
  /** The version compared against (B), when one is picked. */
  compare: VersionFigures | null;
  /** The busiest outcome's count: edges are drawn thick in proportion to it. */
  busiest: number;
};

export const InsightsContext = createContext<InsightsState | null>(null);

export function useStepFigures(nodeId: string): { a: StepFigures | undefined; b: StepFigures | undefined; compared: boolean } {
  const state = useContext(InsightsContext);
  return { a: state?.figures.steps[nodeId], b: state?.compare?.steps[nodeId], compared: Boolean(state?.compare) };
}

export function useOutcomeFlow(nodeId: string, handle: string | null | undefined): { count: number; share: number | null; busiest: number } {
  const state = useContext(InsightsContext);
  const step = state?.figures.steps[nodeId];
  const count = (handle && step?.outcomes[handle]) || 0;
  return { count, share: step && step.entered > 0 ? count / step.entered : null, busiest: state?.busiest ?? 0 };
}
