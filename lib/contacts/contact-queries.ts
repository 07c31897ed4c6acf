import "server-only";
import type { z } from "zod";
import type { Reply } from "../whatsapp/normalize-reply";
import { windowClosesAt } from "../whatsapp/customer-window";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/sqlite/client";
import { notFound } from "../errors/domain-error";
import { sqlOf } from "../db/sql-of";
import { channelFacts, type ChannelFact } from "../channels/channel-facts";
import { likeAnywhere } from "../schemas/search-text";
import type { SendContent } from "../steps/message/message-kind";
import type { ContactSummary, listContactsQuery, TranscriptItem, transcriptQuery } from "./api-schemas";

const contactSelect = {
  id: true, channelId: true, name: true, msisdn: true, channelUserId: true, lastInboundAt: true, updatedAt: true, optedOutAt: true,
  runs: {
    where: { status: { in: ["waiting", "sleeping"] }, preview: false },
    orderBy: { lastActiveAt: "desc" as const },
    take: 1,
    select: { id: true, journeyId: true, status: true, journey: { select: { name: true } } },
  },
} satisfies Prisma.ContactSelect;

/**
 * Contacts, most recently active first, a page at a time (keyset on updatedAt and id: no
 * offset scans). `q` finds a name, number or channel user id containing it, literally:
 * Prisma's `contains` leaves `%` and `_` as wildcards, so the page's ids come from SQL.
 */
export async function listContacts(db: Db, query: z.infer<typeof listContactsQuery>): Promise<{ contacts: ContactSummary[]; nextCursor: string | null }> {
  const sql = await sqlOf(db);
  const params: unknown[] = [];
  const p = (value: unknown) => (params.push(value), `$${params.length}`);
  const where: string[] = [];
  if (query.channel) where.push(`c."channelId" = ${p(query.channel)}`);
  if (query.q) {
    const like = likeAnywhere(query.q);
    const nameLike = sql.provider === "postgres" ? "ILIKE" : "LIKE";
    where.push(`(c."name" ${nameLike} ${p(like)} ESCAPE '\\' OR c."msisdn" LIKE ${p(like)} ESCAPE '\\' OR c."channelUserId" LIKE ${p(like)} ESCAPE '\\')`);
  }
  if (query.cursor) {
    where.push(`(c."updatedAt" < ${p(query.cursor.at)} OR (c."updatedAt" = ${p(query.cursor.at)} AND c."id" < ${p(query.cursor.id)}))`);
  }
  const ids = await sql.query<{ id: string }>(
    `SELECT c."id" FROM "Contact" c ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY c."updatedAt" DESC, c."id" DESC LIMIT ${p(query.limit + 1)}`,
    params,
  );
  const rows = await db.contact.findMany({ where: { id: { in: ids.map((r) => String(r.id)) } }, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], select: contactSelect });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const channels = await channelFacts(db);
  return { contacts: page.map((row) => toSummary(row, channels)), nextCursor: rows.length > query.limit && last ? `${last.updatedAt.toISOString()}|${last.id}` : null };
}

export async function getContact(db: Db, id: string): Promise<ContactSummary> {
  const row = await db.contact.findUnique({ where: { id }, select: contactSelect });
  if (!row) throw notFound("Contact");
  return toSummary(row, await channelFacts(db));
}

/**
 * The conversation with a contact across journeys: what they sent (the inbox) and what
 * the business sent (the outbox, with its delivery status), newest first, a page before
 * `before`. A page never splits messages of the same millisecond, so `before` can be
 * exclusive.
 */
export async function transcript(db: Db, contactId: string, query: z.infer<typeof transcriptQuery>): Promise<{ messages: TranscriptItem[]; nextBefore: string | null }> {
  const before = query.before ? new Date(query.before) : undefined;
  const take = query.limit + 1;
  const contact = await db.contact.findUnique({ where: { id: contactId }, select: { channelId: true } });
  const channel = contact && (await channelFacts(db)).get(contact.channelId);
  const notSending = channel && !channel.canSend ? channel.notSending : null;
  const [inbound, outbound] = await Promise.all([
    db.inboxEvent.findMany({
      where: { contactId, kind: "message", ...(before && { receivedAt: { lt: before } }) },
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      take,
      select: { id: true, payload: true, receivedAt: true, runId: true },
    }),
    db.outboxMessage.findMany({
      where: { contactId, ...(before && { createdAt: { lt: before } }) },
      orderBy: [{ createdAt: "desc" }, { clientMessageId: "desc" }],
      take,
      select: { id: true, clientMessageId: true, body: true, createdAt: true, status: true, errorCode: true, errorMessage: true, runId: true },
    }),
  ]);
  const items: TranscriptItem[] = [
    ...inbound.map((e) => ({ id: `in:${e.id}`, at: e.receivedAt.toISOString(), from: "contact" as const, reply: (e.payload as { reply: Reply }).reply, runId: e.runId })),
    ...outbound.map((m) => {
      const body = m.body as { type: string; content: Record<string, unknown> };
      return {
        id: `out:${m.id}`,
        at: m.createdAt.toISOString(),
        from: "business" as const,
        by: m.clientMessageId.startsWith("agent:") ? ("agent" as const) : m.clientMessageId.startsWith("keyword:") ? ("keyword" as const) : ("journey" as const),
        send: { type: body.type, content: body.content } as SendContent,
        status: m.status,
        error: m.errorMessage ?? (m.errorCode ? `8x8 error ${m.errorCode}` : m.status === "pending" ? notSending : null),
        runId: m.runId,
      };
    }),
  ].sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1));
  let end = Math.min(query.limit, items.length);
  while (end < items.length && items[end].at === items[end - 1].at) end++;
  const page = items.slice(0, end);
  const more = inbound.length === take || outbound.length === take || end < items.length;
  return { messages: page, nextBefore: more && page.length ? page[page.length - 1].at : null };
}

function toSummary(row: {
  id: string; channelId: string; name: string | null; msisdn: string | null; channelUserId: string | null; lastInboundAt: Date | null; optedOutAt: Date | null;
  runs: Array<{ id: string; journeyId: string; status: string; journey: { name: string } }>;
}, channels: Map<string, ChannelFact>): ContactSummary {
  const closes = windowClosesAt(row.lastInboundAt);
  const run = row.runs[0];
  return {
    id: row.id,
    channelId: row.channelId,
    channelName: channels.get(row.channelId)?.name ?? row.channelId,
    name: row.name,
    msisdn: row.msisdn,
    channelUserId: row.channelUserId,
    lastInboundAt: row.lastInboundAt?.toISOString() ?? null,
    optedOutAt: row.optedOutAt?.toISOString() ?? null,
    windowOpenUntil: closes && closes.getTime() > Date.now() ? closes.toISOString() : null,
    activeRun: run ? { id: run.id, journeyId: run.journeyId, journeyName: run.journey.name, status: run.status } : null,
  };
}
