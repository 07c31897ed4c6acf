import { describe, expect, it } from "vitest";
import { journeyDocumentSchema, type JourneyDocument } from "../journey/document-schema";
import { sampleJourneys } from "../journey/samples";
import { validateJourney } from "../journey/validate-journey";
import { createPreviewSession } from "../preview/preview-session";
import type { PreviewCommand } from "../preview/preview-schemas";
import { recordTest } from "./record-test";
import { runJourneyTest, runJourneyTests } from "./run-journey-test";
import { testCoverage } from "./test-coverage";
import type { TestTurn } from "../test-format/test-schema";

const booking = () => journeyDocumentSchema.parse(structuredClone(sampleJourneys[0]));

/** Plays turns in a live preview (real time, as the pane does) and saves the conversation as a test. */
async function record(document: JourneyDocument, turns: TestTurn[], name = "Books a check-up") {
  const session = createPreviewSession(
    { journeyId: "j", document, contact: { name: "Jane", msisdn: "+15551234567" } },
    { now: () => new Date(), secrets: async () => ({}), http: async () => ({ error: "offline" }) },
  );
  for (const turn of turns) await session.command((turn.type === "wait" ? { type: "skipWait" } : turn) as PreviewCommand);
  const test = recordTest(session.snapshot(), turns, name, "t1");
  session.dispose();
  return test;
}

const bookCheckup: TestTurn[] = [
  { type: "send", reply: { type: "text", text: "I'd like to book" } },
  { type: "send", reply: { type: "list", id: "checkup", title: "Check-up" } },
  { type: "send", reply: { type: "list", id: "mon-0900", title: "Mon 09:00" } },
  { type: "send", reply: { type: "button", id: "confirm", title: "Yes, book it" } },
];

describe("conversation tests", () => {
  it("a recorded preview replays and passes, with the same path, messages and variables", async () => {
    const document = booking();
    const test = await record(document, bookCheckup);
    expect(test.expect.path).toEqual(["trigger", "choose_service", "save_service", "fetch_slots", "pick_slot", "save_slot", "confirm", "book", "booked", "end_booked"]);
    const result = await runJourneyTest(document, test);
    expect(result.problems).toEqual([]);
    expect(result.passed).toBe(true);
  });

  it("a changed journey fails with what differs, expected beside actual", async () => {
    const document = booking();
    const test = await record(document, bookCheckup);
    const changed = structuredClone(document);
    const booked = changed.nodes.find((n) => n.id === "booked")!;
    (booked.data as { message: { text: string } }).message.text = "All set!";
    const result = await runJourneyTest(changed, test);
    expect(result.passed).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({ kind: "message", index: 3, message: "Message 4 differs", actual: { text: "All set!" } }),
    ]);
    // "contains" holds on to a part of the text only; "any" on the type only.
    test.expect.messages[3] = { match: "contains", type: "text", text: "All set" };
    expect((await runJourneyTest(changed, test)).passed).toBe(true);
  });

  it("a message expected from one step and sent by another fails, and steps the journey does not have are problems of the test", async () => {
    const document = booking();
    const test = await record(document, bookCheckup);
    const fromStep = test.expect.messages[3].nodeId;
    expect(fromStep).toBe("booked");
    test.expect.messages[3] = { ...test.expect.messages[3], nodeId: "choose_service" };
    expect((await runJourneyTest(document, test)).problems).toEqual([
      expect.objectContaining({ kind: "message", index: 3, message: "Message 4 came from step “booked”, not “choose_service”" }),
    ]);
    test.expect.messages[3] = { ...test.expect.messages[3], nodeId: "gone" };
    test.mocks = { fetch_slot: { status: 200, body: {} } } as typeof test.mocks;
    const result = await runJourneyTest(document, test);
    expect(result.passed).toBe(false);
    expect(result.problems.filter((p) => p.kind === "test").map((p) => p.message)).toEqual([
      "The HTTP mock names the step “fetch_slot”, which the journey does not have",
      "Expected message 4 names the step “gone”, which the journey does not have",
    ]);
    // Validate says so too, pointing at the test's field.
    const withTest = journeyDocumentSchema.parse({ ...document, tests: [test] });
    expect(validateJourney(withTest).filter((i) => i.code === "test_unknown_step").map((i) => i.path)).toEqual(["tests.0.mocks.fetch_slot", "tests.0.expect.messages.3.nodeId"]);
  });

  it("time is simulated: a 23-hour delay takes no time, and identical runs give identical results", async () => {
    const document = journeyDocumentSchema.parse({
      schema: "journey/v1",
      name: "Follow-up",
      nodes: [
        { id: "t", type: "trigger.inbound", data: { match: "any" } },
        { id: "hi", type: "message", data: { message: { kind: "text", text: "Hi! I will check on you tomorrow." } } },
        // 23 hours: a day would close the 24-hour window, and the text would not go out.
        { id: "later", type: "delay", data: { seconds: 82_800 } },
        { id: "check", type: "message", data: { message: { kind: "text", text: "How are you today?" } } },
      ],
      edges: [
        { id: "a", source: "t", sourceHandle: "next", target: "hi" },
        { id: "b", source: "hi", sourceHandle: "next", target: "later" },
        { id: "c", source: "later", sourceHandle: "next", target: "check" },
      ],
    });
    const test = {
      id: "t", name: "Checks on them the next day", mocks: {},
      turns: [{ type: "send", reply: { type: "text", text: "hello" } }, { type: "wait" }] as TestTurn[],
      expect: { messages: [{ match: "any" as const, type: "text" }, { match: "exact" as const, type: "text", content: { text: "How are you today?" } }], vars: {}, status: "completed" },
    };
    const started = performance.now();
    const [first, second] = [await runJourneyTest(document, test), await runJourneyTest(document, test)];
    expect(performance.now() - started).toBeLessThan(2000);
    expect(first.problems).toEqual([]);
    expect(second).toEqual(first);
    const early = { ...test, turns: test.turns.slice(0, 1) };
    expect((await runJourneyTest(document, early)).problems.map((p) => p.message)).toEqual(["Message 2 (text) was not sent", "The run ended sleeping, not completed"]);
    const tooMuch = { ...test, turns: [...test.turns, { type: "wait" } as TestTurn] };
    expect((await runJourneyTest(document, tooMuch)).problems[0]).toMatchObject({ kind: "turn", message: "Turn 3: nothing was waiting, so no time could pass" });
  });

  it("coverage counts the steps and outputs the tests went through, and names the rest", async () => {
    const document = booking();
    const results = await runJourneyTests(document, [await record(document, bookCheckup)]);
    const coverage = testCoverage(document, results.map((r) => r.actual));
    expect(coverage.steps).toEqual({ covered: 10, total: 16 });
    expect(coverage.uncovered).toEqual(expect.arrayContaining([{ nodeId: "confirm", handle: "option:change", label: expect.any(String) }, { nodeId: "fetch_slots", handle: "error", label: "Error" }]));
    expect(coverage.uncovered).not.toContainEqual(expect.objectContaining({ nodeId: "confirm", handle: "option:confirm" }));
    expect(coverage.handles.covered).toBe(9);
  });
});
