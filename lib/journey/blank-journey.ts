import type { JourneyDocument } from "./document-schema";
import { JOURNEY_SCHEMA } from "./document-schema";
import { stepDefinition } from "../steps/registry";

/** A new journey: an inbound trigger to build from. */
export function blankJourney(name: string): JourneyDocument {
  return {
    schema: JOURNEY_SCHEMA,
    name,
    description: "",
    settings: { reentry: "ignore", inactivityTimeoutHours: 72, windowFallbackTemplate: null },
    nodes: [
      {
        id: "trigger",
        type: "trigger.inbound",
        position: { x: 0, y: 0 },
        data: stepDefinition("trigger.inbound")!.defaultConfig() as Record<string, unknown>,
      },
    ],
    edges: [],
  };
}
