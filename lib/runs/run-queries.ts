import "server-only";
import type { Db } from "../db/client";
import { notFound } from "../errors/domain-error";
import { channelFacts } from "../channels/channel-facts";

const runSummary = {
  id: true, journeyId: true, status: true, currentNode: true, error: true, startedAt: true, updatedAt: true, endedAt: true,
  waiting: true, version: { select: { version: true } }, contact: { select: { msisdn: true, channelUserId: true, name: true, channelId: true } },
} as const;

/** A run with its step log and the messages it sent. */
export async function getRun(db: Db, id: string) {
  const row = await db.run.findFirst({
    where: { id, preview: false },
    select: {
      ...runSummary,
      vars: true,
      steps: { orderBy: { seq: "asc" }, select: { seq: true, nodeId: true, nodeType: true, outcome: true, input: true, output: true, error: true, startedAt: true, finishedAt: true } },
      outbox: { orderBy: { createdAt: "asc" }, select: { clientMessageId: true, status: true, umid: true, attempts: true, errorCode: true, errorMessage: true, body: true, sentAt: true } },
    },
  });
  if (!row) throw notFound("Run");
  // A message waiting on a channel that cannot send says why, where the user looks.
  const channel = (await channelFacts(db)).get(row.contact.channelId);
  const messages = row.outbox.map((m) => ({ ...m, notSent: m.status === "pending" && channel && !channel.canSend ? channel.notSending : null }));
  return { ...toSummary(row), contact: { ...row.contact, channelName: channel?.name ?? row.contact.channelId }, vars: row.vars, steps: row.steps, messages };
}

function toSummary<T extends { version: { version: number }; waiting: unknown }>(row: T) {
  const { version, waiting, ...rest } = row;
  return { ...rest, version: version.version, outcome: (waiting as { outcome?: string | null } | null)?.outcome ?? null };
}
