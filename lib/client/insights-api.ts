import { call } from "./journeys-api";
import type { HealthAnswer, InsightsAnswer } from "../insights/api-schemas";
import type { JourneyActivity } from "../insights/journey-health";

export type InsightsRequest = { from: string; to: string; version?: number; compare?: number };

/** The browser's side of a journey's Insights, Health and the list's activity. */
export const insightsApi = {
  figures: (journeyId: string, request: InsightsRequest) => call<InsightsAnswer>(`/api/journeys/${journeyId}/insights?${query(request)}`),
  health: (journeyId: string, range: { from: string; to: string }) => call<HealthAnswer>(`/api/journeys/${journeyId}/health?${query(range)}`),
  activity: () => call<{ activity: Record<string, JourneyActivity> }>("/api/journeys/activity").then((r) => r.activity),
};

function query(values: Record<string, string | number | undefined>): string {
  return new URLSearchParams(Object.entries(values).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]]))).toString();
}
