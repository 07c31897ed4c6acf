import { z } from "zod";
import type { Reply } from "../whatsapp/normalize-reply";
import { keysetCursor } from "../schemas/keyset-cursor";
import { searchText } from "../schemas/search-text";
import type { SendContent } from "../steps/message/message-kind";

/** Queries and answers of /api/contacts, shared by the route handlers and the pages. */
export const listContactsQuery = z.object({
  q: z.preprocess((q) => (typeof q === "string" && !q.trim() ? undefined : q), searchText().optional()),
  channel: z.string().max(64).optional(),
  /** `<updatedAt ISO>|<id>` of the last contact of the previous page. */
  cursor: keysetCursor().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const transcriptQuery = z.object({
  before: z.iso.datetime({ offset: true, error: "before is the nextBefore of the previous page" }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type ContactSummary = {
  id: string;
  channelId: string;
  /** The channel's name, as Settings → Channels shows it. */
  channelName: string;
  name: string | null;
  msisdn: string | null;
  channelUserId: string | null;
  lastInboundAt: string | null;
  /** When they wrote an opt-out keyword (STOP); null while they get messages. */
  optedOutAt: string | null;
  /** When the 24-hour customer service window closes; null when it is closed. */
  windowOpenUntil: string | null;
  /** The run the contact is in now (waiting or sleeping), if any. */
  activeRun: { id: string; journeyId: string; journeyName: string; status: string } | null;
};

export type TranscriptItem =
  | { id: string; at: string; from: "contact"; reply: Reply; runId: string | null }
  | {
      id: string;
      at: string;
      from: "business";
      /** Who said it: a person from the inbox, the journey, or the workspace's keywords (STOP's confirmation). */
      by: "agent" | "journey" | "keyword";
      send: SendContent;
      /** pending | sending | queued | sent | delivered | read | undelivered | rejected | failed */
      status: string;
      error: string | null;
      runId: string | null;
    };
