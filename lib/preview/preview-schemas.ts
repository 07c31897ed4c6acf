import { z } from "zod";
import { sizedJson, sizedVars } from "../json/sized-json";
import type { Reply } from "../channels/8x8/normalize-reply";
import type { StepRecord } from "../engine/advance";
import { journeyDocumentSchema } from "../journey/document-schema";
import type { SendContent } from "../steps/message/message-kind";

/**
 * The preview API: bodies shared by the route handlers and the simulator pane, and the
 * snapshot the pane renders. A preview is a conversation with the unsaved draft.
 */
const msisdn = z.string().regex(/^\+?[1-9]\d{6,14}$/, { error: "The number must be an E.164 phone number such as +15551234567" });

export const previewContact = z.object({ name: z.string().max(256).default(""), msisdn });
export type PreviewContact = z.infer<typeof previewContact>;

/** A canned answer for one HTTP step: a response, or a network failure. */
export const httpMock = z.union([
  z.object({ status: z.number().int().min(100).max(599), body: sizedJson(1024 * 1024, "A mocked body") }),
  z.object({ error: z.string().min(1).max(500) }),
]);
export type HttpMock = z.infer<typeof httpMock>;

export const createPreviewBody = z.object({
  journeyId: z.string().min(1),
  document: journeyDocumentSchema,
  contact: previewContact.optional(),
});

/** What the person can send: what the pane's composer and interactive parts produce. */
export const previewReply = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: z.string().min(1, { error: "Type a message" }).max(4096) }),
  z.object({ type: z.literal("button"), id: z.string().min(1), title: z.string().min(1) }),
  z.object({ type: z.literal("list"), id: z.string().min(1), title: z.string().min(1), description: z.string().optional() }),
  z.object({ type: z.literal("flow"), flow: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal("location"), latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180), name: z.string().optional() }),
]);
export type PreviewReply = z.infer<typeof previewReply>;

/** Commands that run the journey carry the draft as it is on screen. */
const withDocument = { document: journeyDocumentSchema.optional() };

export const previewCommand = z.discriminatedUnion("type", [
  z.object({ type: z.literal("send"), reply: previewReply, ...withDocument }),
  z.object({ type: z.literal("start"), nodeId: z.string().min(1).optional(), vars: sizedVars().optional(), ...withDocument }),
  z.object({ type: z.literal("restart"), ...withDocument }),
  z.object({ type: z.literal("skipWait"), ...withDocument }),
  // The designer plays the person a handoff step gave the contact to.
  z.object({ type: z.literal("agentSay"), text: z.string().trim().min(1, { error: "Type a message" }).max(4096) }),
  z.object({ type: z.literal("handBack"), vars: sizedVars().optional(), ...withDocument }),
  z.object({ type: z.literal("setWindow"), open: z.boolean() }),
  z.object({ type: z.literal("setContact"), contact: previewContact }),
  // null: the step's saved response if it has one, else the real request; "real": the real request.
  z.object({ type: z.literal("setMock"), nodeId: z.string().min(1), mock: z.union([httpMock, z.literal("real")]).nullable() }),
]);
export type PreviewCommand = z.infer<typeof previewCommand>;

export type ChatMessage =
  | { id: string; from: "business"; at: string; nodeId: string; send: SendContent }
  | { id: string; from: "contact"; at: string; reply: Reply; status: "sent" | "read" }
  | { id: string; from: "system"; at: string; text: string; tone: "info" | "warning" | "error" };

/** The engine's step record as it travels to the pane: times as text, input and output cut. */
export type PreviewStep = Omit<StepRecord, "startedAt" | "finishedAt"> & { startedAt: string; durationMs: number };

export type PreviewSnapshot = {
  id: string;
  journeyId: string;
  /** Bumped on every change; the stream sends snapshots in this order. */
  revision: number;
  contact: PreviewContact;
  /** The person closed the 24-hour window by hand, to try the fallback. */
  windowForcedClosed: boolean;
  windowOpen: boolean;
  busy: boolean;
  run: {
    status: string;
    currentNode: string | null;
    vars: Record<string, unknown>;
    trigger: unknown;
    reply: Reply | null;
    error: string | null;
    outcome: string | null;
    startedAt: string;
  } | null;
  messages: ChatMessage[];
  steps: PreviewStep[];
  /** Nodes the run went through and the outputs it left them by, for the canvas. */
  path: { nodes: string[]; handles: Array<{ source: string; sourceHandle: string }> };
  timer: { nodeId: string; dueAt: string; kind: "timeout" | "delay" } | null;
  /** A handoff step has the contact: a person (played by the designer) answers, not the bot. */
  withPerson: { nodeId: string; queue: string } | null;
  /** The designer's choice per HTTP step: a mock, an error, or "real"; a step not listed answers with its saved response, if any. */
  mocks: Record<string, HttpMock | "real">;
};
