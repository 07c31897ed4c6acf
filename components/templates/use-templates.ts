"use client";

import { useQuery } from "@tanstack/react-query";
import { templatesApi } from "@/lib/client/templates-api";
import type { TemplatesList } from "@/lib/templates/api-schemas";

export const TEMPLATES_KEY = ["templates"];

/**
 * The synced templates, shared by the Templates page, the editor's picker and checks, the
 * preview and the journeys list. Polled while the tab is visible, so a status 8x8 changes
 * by webhook shows without a reload: every 3 s on the Templates page, 15 s elsewhere.
 */
export function useTemplates(initial?: TemplatesList, refetchInterval = 15_000) {
  return useQuery({ queryKey: TEMPLATES_KEY, queryFn: templatesApi.list, initialData: initial, refetchInterval, staleTime: 2000 });
}

/** Templates a journey's live version sends that WhatsApp would refuse now (paused, disabled, ...). */
export function useBlockedTemplates(journeyId: string): TemplatesList["templates"] {
  const { data } = useTemplates();
  return (data?.templates ?? []).filter((t) => t.status !== "APPROVED" && t.usedBy.some((u) => u.journeyId === journeyId && u.live));
}
