import { z } from "zod";

/** Bodies and answers of /api/conversations, shared by the route handlers and the inbox. */
export const CONVERSATION_VIEWS = ["waiting", "mine", "open", "closed"] as const;

export const listConversationsQuery = z.object({
  view: z.enum(CONVERSATION_VIEWS, { error: `view is one of ${CONVERSATION_VIEWS.join(", ")}` }).default("open"),
  /** `only`: just the counts (the sidebar's badge), no list. */
  counts: z.literal("only", { error: 'counts is "only" or absent' }).optional(),
});

const optionTitle = z.string().trim().min(1).max(20, { error: "A quick reply is at most 20 characters" });

/** What a person sends: text, text with up to three quick replies, or media by URL. */
export const agentMessageBody = z.union([
  z.object({ text: z.string().trim().min(1).max(4096), quickReplies: z.array(optionTitle).min(1).max(3).optional() }).strict(),
  z.object({ mediaUrl: z.url({ protocol: /^https$/, error: "mediaUrl is an https URL" }).max(2048), kind: z.enum(["image", "video", "document"]).default("image"), caption: z.string().max(1024).optional() }).strict(),
  z.object({ template: z.object({ name: z.string().min(1).max(512), language: z.string().min(2).max(15), bodyParameters: z.array(z.string().max(1024)).max(20).default([]) }).strict() }).strict(),
]);

export const handBackBody = z.object({
  /** Variables the run continues with, e.g. { resolution: "refunded" }. */
  vars: z.record(z.string().regex(/^[A-Za-z_]\w{0,63}$/, { error: "a variable name is letters, digits and _" }), z.unknown()).refine((v) => Object.keys(v).length <= 50, { error: "at most 50 variables" }).optional(),
}).strict();

export const assignBody = z.object({ userId: z.string().min(1).max(64) }).strict();
export const noteBody = z.object({ text: z.string().trim().min(1).max(4000) }).strict();

export type ConversationSummary = {
  id: string;
  contactId: string;
  contactName: string;
  queue: string;
  status: "waiting" | "assigned" | "closed";
  assigneeId: string | null;
  assigneeName: string | null;
  unread: number;
  createdAt: string;
  takenAt: string | null;
  lastMessageAt: string;
  runId: string | null;
  journeyId: string | null;
};

export type ConversationDetail = ConversationSummary & {
  vars: Record<string, unknown>;
  windowOpenUntil: string | null;
  notes: Array<{ id: string; authorName: string; text: string; createdAt: string }>;
  resolution: string | null;
};

export type ConversationCounts = { waiting: number; mine: number; open: number; closed: number; unread: number };
