"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { journeysApi } from "@/lib/client/journeys-api";
import type { JourneySummary } from "@/lib/journeys/api-schemas";

export const JOURNEYS_KEY = ["journeys"] as const;

export function useJourneys(initialData: JourneySummary[]) {
  return useQuery({ queryKey: JOURNEYS_KEY, queryFn: journeysApi.list, initialData });
}

/** A mutation that refreshes the journeys list once it settles. */
export function useJourneyMutation<Input, Output>(fn: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => client.invalidateQueries({ queryKey: JOURNEYS_KEY }) });
}
