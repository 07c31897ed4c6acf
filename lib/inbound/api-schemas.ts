import { z } from "zod";

export const INBOUND_OUTCOMES = ["run", "conversation", "keyword", "unmatched", "ignored", "failed"] as const;

/** GET /api/inbound: customers' messages as the runtime received them, with what became of each. */
export const listInboundQuery = z.object({
  outcome: z.enum(INBOUND_OUTCOMES, { error: `outcome must be one of ${INBOUND_OUTCOMES.join(", ")}` }).optional(),
  contact: z.string().min(1).max(160).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type InboundMessage = {
  id: number;
  receivedAt: string;
  contact: { msisdn: string | null; channelUserId: string | null; name: string | null } | null;
  /** What the customer sent, as the journey sees it (`reply`): text, or the button or row title. */
  text: string | null;
  type: string;
  /** Null while it waits to be processed. */
  outcome: (typeof INBOUND_OUTCOMES)[number] | null;
  runId: string | null;
  note: string | null;
};

export type InboundList = { messages: InboundMessage[]; unmatchedLast24h: number };
