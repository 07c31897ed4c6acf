import { z } from "zod";
import { sizedVars } from "../json/sized-json";
import type { Reply } from "../whatsapp/normalize-reply";
import type { StepRecord } from "../engine/advance";
import { journeyDocumentSchema } from "../journey/document-schema";
import type { SendContent } from "../steps/message/message-kind";
import { httpMock, previewContact, previewReply, type HttpMock, type PreviewContact, type PreviewReply } from "../test-format/preview-inputs";

export { httpMock, previewContact, previewReply, type HttpMock, type PreviewContact, type PreviewReply };

/**
 * The preview API: bodies shared by the route handlers and the simulator pane, and the
 * snapshot the pane renders. A preview is a conversation with the unsaved draft.
 */
export const createPreviewBody = z.object({
  journeyId: z.string().min(1),
  document: journeyDocumentSchema,
  contact: previewContact.optional(),
});

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
