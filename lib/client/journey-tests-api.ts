import { call } from "./journeys-api";
import type { JourneyDocument } from "../journey/document-schema";
import type { TestRun } from "../journey-tests/api-schemas";
import type { JourneyTest } from "../test-format/test-schema";

/** The browser's side of the journey tests' routes. */
export const journeyTestsApi = {
  run: (journeyId: string, document: JourneyDocument) => call<TestRun>(`/api/journeys/${journeyId}/tests/run`, { method: "POST", json: { document } }),
  generate: (journeyId: string, document: JourneyDocument) => call<{ tests: JourneyTest[] }>(`/api/journeys/${journeyId}/tests/generate`, { method: "POST", json: { document } }),
};
