import { describe, expect, it } from "vitest";
import { parseJourneyDocument } from "./parse-document";
import { validateJourney } from "./validate-journey";
import { DEFAULT_KEYWORDS, keywordSettingsSchema } from "../whatsapp/keyword-settings";
import mainMenu from "../keywords/fixtures/main-menu.journey.json";
import { newCollisions, triggerCollisions } from "./trigger-collision";

function journeyOn(keywords: string[], match = "exact") {
  const document = structuredClone(mainMenu);
  Object.assign(document.nodes[0].data, { keywords, match });
  const parsed = parseJourneyDocument(document);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.document;
}
const taken = (document: ReturnType<typeof journeyOn>, keywords = DEFAULT_KEYWORDS, journeyId = "menu") =>
  validateJourney(document, undefined, { keywords, journeyId })
    .filter((i) => i.code === "trigger_keyword_taken")
    .map((i) => [i.path, i.severity, i.message]);

describe("a trigger keyword a workspace keyword takes first", () => {
  it("is an error for opt-out and talk-to-a-person keywords, naming the keyword and where to change it", () => {
    expect(taken(journeyOn(["Stop", "book", " agent "]))).toEqual([
      ["keywords.0", "error", `"Stop" is the workspace's opt-out keyword: it opts the contact out instead of starting this journey. Use another word, or change the workspace keywords in Settings → Keywords`],
      ["keywords.2", "error", `"agent" is the workspace's talk to a person keyword: it hands the contact to a person instead of starting this journey. Use another word, or change the workspace keywords in Settings → Keywords`],
    ]);
  });

  it("is a warning for the opt-in keyword: only contacts who opted out lose the trigger", () => {
    expect(taken(journeyOn(["start"]))).toEqual([["keywords.0", "warning", expect.stringContaining("contacts who opted out are opted in instead")]]);
  });

  it("is fine for a restart keyword with no journey chosen (the message goes on to the triggers), or when it restarts this journey", () => {
    expect(taken(journeyOn(["menu"]))).toEqual([]);
    const restartsMenu = keywordSettingsSchema.parse({ restartJourneyId: "menu" });
    expect(taken(journeyOn(["menu"]), restartsMenu, "menu")).toEqual([]);
    expect(taken(journeyOn(["menu"]), restartsMenu, "other")).toEqual([["keywords.0", "error", expect.stringContaining("it starts the restart keyword's journey instead")]]);
  });

  it("leaves contains, starts-with and regex triggers alone: other messages still start them", () => {
    for (const match of ["contains", "startsWith", "regex"]) expect(taken(journeyOn(["stop"], match))).toEqual([]);
  });

  it("is not checked without the workspace's keywords (an imported file is checked on its own)", () => {
    expect(validateJourney(journeyOn(["stop"])).filter((i) => i.code === "trigger_keyword_taken")).toEqual([]);
  });

  it("lists per journey what a change of keywords newly breaks", () => {
    const journeys = [{ id: "a", name: "Deals", document: journeyOn(["deals", "stop"]) }];
    const now = triggerCollisions(journeys, DEFAULT_KEYWORDS);
    expect(now.map((c) => c.keyword)).toEqual(["stop"]);
    const next = triggerCollisions(journeys, { ...DEFAULT_KEYWORDS, optOut: [...DEFAULT_KEYWORDS.optOut, "DEALS"] });
    expect(newCollisions(now, next)).toEqual([expect.objectContaining({ journeyId: "a", journeyName: "Deals", nodeId: "trigger", keyword: "deals", severity: "error" })]);
  });
});
