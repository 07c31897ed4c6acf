import "server-only";
import { toDate, type RawConnection, type SqlStatement } from "../db/raw-connection";
import type { RecentMessage } from "../steps/step-executor";

/** A contact's stored event (a message, a timer firing, an API start, a hand back) as its lane reads it. */
export type InboxRow = { id: number; kind: string; payload: Record<string, unknown>; receivedAt: Date };
export type ContactRow = {
  id: string; channelId: string; msisdn: string | null; channelUserId: string | null; name: string | null; username: string | null; lastInboundAt: Date | null; optedOutAt: Date | null;
  /** A keyword gave them to a person, with no run behind it: the bot stays quiet until it is closed. */
  withPersonWithoutRun: boolean;
};

/** The contact's last `limit` messages both ways, oldest first: what the customer sent and what was sent to them. */
export async function recentMessages(sql: RawConnection, contactId: string, limit: number): Promise<RecentMessage[]> {
  const [inbound, outbound] = await Promise.all([
    sql.query<{ at: unknown; payload: unknown }>(`SELECT "receivedAt" AS "at", "payload" FROM "InboxEvent" WHERE "contactId" = $1 AND "kind" = 'message' ORDER BY "receivedAt" DESC LIMIT ${limit}`, [contactId]),
    sql.query<{ at: unknown; body: unknown }>(`SELECT "createdAt" AS "at", "body" FROM "OutboxMessage" WHERE "contactId" = $1 ORDER BY "createdAt" DESC LIMIT ${limit}`, [contactId]),
  ]);
  const all: RecentMessage[] = [
    ...inbound.map((r) => ({ from: "contact" as const, at: toDate(r.at).toISOString(), message: (sql.json<{ reply?: unknown }>(r.payload) ?? {}).reply ?? null })),
    ...outbound.map((r) => {
      const body = sql.json<{ type?: string; content?: unknown }>(r.body) ?? {};
      return { from: "business" as const, at: toDate(r.at).toISOString(), message: { type: body.type, content: body.content } };
    }),
  ];
  return all.sort((a, b) => a.at.localeCompare(b.at)).slice(-limit);
}

/** The contact's oldest unprocessed event, with the contact, and whether another one waits behind it. */
export async function nextEvent(sql: RawConnection, contactId: string): Promise<{ event: InboxRow; contact: ContactRow; more: boolean } | null> {
  const [row, second] = await sql.query<Record<string, unknown>>(
    `SELECT e."id", e."kind", e."payload", e."receivedAt", c."channelId", c."msisdn", c."channelUserId", c."name", c."username", c."lastInboundAt", c."optedOutAt",
       EXISTS (SELECT 1 FROM "Conversation" v WHERE v."contactId" = c."id" AND v."status" <> 'closed' AND v."runId" IS NULL) AS "withPerson"
     FROM "InboxEvent" e JOIN "Contact" c ON c."id" = e."contactId"
     WHERE e."contactId" = $1 AND e."processedAt" IS NULL ORDER BY e."id" LIMIT 2`,
    [contactId],
  );
  if (!row) return null;
  const text = (key: string) => (row[key] === null ? null : String(row[key]));
  return {
    more: second !== undefined,
    event: { id: Number(row.id), kind: String(row.kind), payload: sql.json(row.payload), receivedAt: toDate(row.receivedAt) },
    contact: {
      id: contactId, channelId: String(row.channelId), msisdn: text("msisdn"), channelUserId: text("channelUserId"), name: text("name"), username: text("username"),
      lastInboundAt: row.lastInboundAt === null ? null : toDate(row.lastInboundAt),
      optedOutAt: row.optedOutAt === null ? null : toDate(row.optedOutAt),
      // SQLite answers 0/1, PostgreSQL a boolean.
      withPersonWithoutRun: Boolean(Number(row.withPerson)),
    },
  };
}

/** What became of an event (InboxEvent.outcome): a message is never dropped without a trace. */
export type EventOutcome = "run" | "conversation" | "keyword" | "unmatched" | "ignored" | "failed";

export function markProcessed(eventId: number, now: Date, what: { outcome: EventOutcome; runId?: string; error?: string }): SqlStatement {
  return {
    sql: `UPDATE "InboxEvent" SET "processedAt" = $2, "outcome" = $3, "runId" = $4, "error" = $5 WHERE "id" = $1`,
    params: [eventId, now, what.outcome, what.runId ?? null, what.error ?? null],
  };
}
