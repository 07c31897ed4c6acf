import "server-only";
import type { z } from "zod";
import type { Reply } from "../whatsapp/normalize-reply";
import type { Db } from "../db/client";
import type { InboundList, InboundMessage, listInboundQuery } from "./api-schemas";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Inbound messages newest first, and how many in the last day matched no live journey:
 * a message the runtime could not use is never dropped without a trace.
 */
export async function listInbound(db: Db, query: z.infer<typeof listInboundQuery>, now = new Date()): Promise<InboundList> {
  const [rows, unmatchedLast24h] = await Promise.all([
    db.inboxEvent.findMany({
      where: {
        kind: "message",
        ...(query.outcome && { outcome: query.outcome }),
        ...(query.contact && { contact: { OR: [{ msisdn: query.contact }, { channelUserId: query.contact }] } }),
      },
      orderBy: { id: "desc" },
      take: query.limit,
      select: { id: true, receivedAt: true, payload: true, outcome: true, runId: true, error: true, contact: { select: { msisdn: true, channelUserId: true, name: true } } },
    }),
    db.inboxEvent.count({ where: { outcome: "unmatched", receivedAt: { gte: new Date(now.getTime() - DAY_MS) } } }),
  ]);
  return { messages: rows.map(toMessage), unmatchedLast24h };
}

function toMessage(row: { id: number; receivedAt: Date; payload: unknown; outcome: string | null; runId: string | null; error: string | null; contact: InboundMessage["contact"] }): InboundMessage {
  const reply = (row.payload as { reply?: Reply } | null)?.reply;
  return {
    id: row.id,
    receivedAt: row.receivedAt.toISOString(),
    contact: row.contact,
    text: reply?.title ?? reply?.text ?? null,
    type: reply?.type ?? "other",
    outcome: row.outcome as InboundMessage["outcome"],
    runId: row.runId,
    note: row.error,
  };
}
