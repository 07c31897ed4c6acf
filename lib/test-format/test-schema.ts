import { z } from "zod";
import { sizedVars } from "../json/sized-json";
import { httpMock, previewContact, previewReply } from "./preview-inputs";

/**
 * A conversation test kept with the journey (the document's `tests`): what the customer
 * did, turn by turn, as the preview took it, and what the journey must do in answer.
 * Replayed through the production engine with time simulated (lib/journey-tests/run-journey-test.ts).
 */
const stepId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "A step id is 1-64 letters, digits, _ or -" });

export const testTurn = z.discriminatedUnion("type", [
  /** The customer writes, taps a button or a row, submits a Flow, shares a location. */
  z.object({ type: z.literal("send"), reply: previewReply }),
  /** The journey starts as an API call starts it (or, with nodeId, mid-conversation at a step). */
  z.object({ type: z.literal("start"), nodeId: stepId.optional(), vars: sizedVars().optional() }),
  /** Time passes until the waiting step's timeout or the delay is due. */
  z.object({ type: z.literal("wait") }),
  /** The person a handoff gave the conversation to writes to the customer. */
  z.object({ type: z.literal("agentSay"), text: z.string().trim().min(1).max(4096) }),
  /** The person a handoff gave the conversation to hands it back, with variables. */
  z.object({ type: z.literal("handBack"), vars: sizedVars().optional() }),
  /** The 24-hour window is forced closed (false) or left to the contact's last message (true). */
  z.object({ type: z.literal("setWindow"), open: z.boolean() }),
]);
export type TestTurn = z.infer<typeof testTurn>;

export const MATCH_MODES = ["exact", "contains", "any"] as const;

/** One message the journey must send: the same content, a text it contains, or any message of its type. */
export const expectedMessage = z.object({
  match: z.enum(MATCH_MODES, { error: "match is exact, contains or any" }).default("exact"),
  /** The 8x8 send type: text, interactive, template, image, ... */
  type: z.string().min(1).max(40),
  nodeId: stepId.optional(),
  /** The send's content, for `exact`. */
  content: z.unknown().optional(),
  /** The text it must contain, for `contains`. */
  text: z.string().max(4096).optional(),
});
export type ExpectedMessage = z.infer<typeof expectedMessage>;

export const journeyTest = z.object({
  id: stepId,
  name: z.string().trim().min(1, { error: "Name the test" }).max(120, { error: "A test name is at most 120 characters" }),
  contact: previewContact.optional(),
  /** Canned answers per HTTP step: tests never reach the network. */
  mocks: z.record(stepId, httpMock).default({}),
  turns: z.array(testTurn).min(1, { error: "A test has at least one turn" }).max(200, { error: "A test has at most 200 turns" }),
  expect: z.object({
    messages: z.array(expectedMessage).max(500).default([]),
    /** The steps it goes through, in order; absent: not checked. */
    path: z.array(stepId).max(2000).optional(),
    /** Chosen variables' values at the end. */
    vars: z.record(z.string().max(64), z.unknown()).default({}),
    /** The run's status at the end (waiting, completed, failed, ...) and its outcome. */
    status: z.string().max(40).optional(),
    outcome: z.string().max(60).nullable().optional(),
  }),
});
export type JourneyTest = z.infer<typeof journeyTest>;

export const journeyTests = z
  .array(journeyTest)
  .max(200, { error: "A journey has at most 200 tests" })
  .refine((tests) => new Set(tests.map((t) => t.id)).size === tests.length, { error: "Test ids must be unique" });
