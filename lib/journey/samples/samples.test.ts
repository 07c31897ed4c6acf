import { describe, expect, it } from "vitest";
import { parseJourneyDocument } from "../parse-document";
import { validateJourney } from "../validate-journey";
import { sampleJourneys } from "./index";

describe("sample journeys", () => {
  for (const sample of sampleJourneys) {
    const name = (sample as { name: string }).name;
    it(`${name} parses and validates without errors or warnings`, () => {
      const parsed = parseJourneyDocument(sample);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues, null, 2));
      expect(validateJourney(parsed.document)).toEqual([]);
    });
  }
});
