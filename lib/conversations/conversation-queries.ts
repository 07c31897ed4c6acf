import "server-only";
import { windowClosesAt } from "../whatsapp/customer-window";
import type { Db } from "../db/client";
import { notFound } from "../errors/domain-error";
import type { ConversationCounts, ConversationDetail, ConversationSummary } from "./api-schemas";

const OPEN = { not: "closed" };

/**
 * The inbox's lists: `waiting` (nobody has it, oldest first: who waited longest), `mine`
 * (assigned to the asking member), `open` (every one not closed, newest message first) and
 * `closed` (handed back or closed, most recently closed first: they stay findable).
 */
export async function listConversations(db: Db, view: "waiting" | "mine" | "open" | "closed", userId: string | null): Promise<ConversationSummary[]> {
  const rows = await db.conversation.findMany({
    where: view === "waiting" ? { status: "waiting" } : view === "mine" ? { status: "assigned", assigneeId: userId ?? "-" } : view === "closed" ? { status: "closed" } : { status: OPEN },
    orderBy: view === "waiting" ? { createdAt: "asc" } : view === "closed" ? { closedAt: "desc" } : { lastMessageAt: "desc" },
    take: 200,
    include: { contact: { select: { name: true, msisdn: true, channelUserId: true } } },
  });
  return rows.map(toSummary);
}

export async function conversationCounts(db: Db, userId: string | null): Promise<ConversationCounts> {
  const [waiting, mine, open, closed, unread] = await Promise.all([
    db.conversation.count({ where: { status: "waiting" } }),
    db.conversation.count({ where: { status: "assigned", assigneeId: userId ?? "-" } }),
    db.conversation.count({ where: { status: OPEN } }),
    db.conversation.count({ where: { status: "closed" } }),
    db.conversation.aggregate({ where: { status: OPEN }, _sum: { unread: true } }),
  ]);
  return { waiting, mine, open, closed, unread: unread._sum.unread ?? 0 };
}

/** The contact's open conversation (else their latest), with what the journey collected. */
export async function getConversation(db: Db, contactId: string): Promise<ConversationDetail> {
  const row =
    (await db.conversation.findFirst({ where: { contactId, status: OPEN }, orderBy: { createdAt: "desc" }, include: detailInclude })) ??
    (await db.conversation.findFirst({ where: { contactId }, orderBy: { createdAt: "desc" }, include: detailInclude }));
  if (!row) throw notFound("Conversation");
  const run = row.runId ? await db.run.findUnique({ where: { id: row.runId }, select: { vars: true } }) : null;
  const closes = windowClosesAt(row.contact.lastInboundAt);
  return {
    ...toSummary(row),
    vars: (run?.vars ?? {}) as Record<string, unknown>,
    windowOpenUntil: closes && closes > new Date() ? closes.toISOString() : null,
    notes: row.notes.map((n) => ({ id: n.id, authorName: n.authorName, text: n.text, createdAt: n.createdAt.toISOString() })),
    resolution: row.resolution,
  };
}

/** Changes whenever anything the inbox shows changes: what its live stream watches. */
export async function inboxRevision(db: Db): Promise<string> {
  const [latest, open] = await Promise.all([db.conversation.findFirst({ orderBy: { updatedAt: "desc" }, select: { updatedAt: true } }), db.conversation.count({ where: { status: OPEN } })]);
  return `${latest?.updatedAt.getTime() ?? 0}:${open}`;
}

const detailInclude = {
  contact: { select: { name: true, msisdn: true, channelUserId: true, lastInboundAt: true } },
  notes: { orderBy: { createdAt: "asc" as const } },
};

type Row = {
  id: string; contactId: string; queue: string; status: string; assigneeId: string | null; assigneeName: string | null; unread: number;
  createdAt: Date; takenAt: Date | null; lastMessageAt: Date; runId: string | null; journeyId: string | null;
  contact: { name: string | null; msisdn: string | null; channelUserId: string | null };
};

function toSummary(row: Row): ConversationSummary {
  return {
    id: row.id,
    contactId: row.contactId,
    contactName: row.contact.name ?? row.contact.msisdn ?? row.contact.channelUserId ?? row.contactId,
    queue: row.queue,
    status: row.status as ConversationSummary["status"],
    assigneeId: row.assigneeId,
    assigneeName: row.assigneeName,
    unread: row.unread,
    createdAt: row.createdAt.toISOString(),
    takenAt: row.takenAt?.toISOString() ?? null,
    lastMessageAt: row.lastMessageAt.toISOString(),
    runId: row.runId,
    journeyId: row.journeyId,
  };
}
