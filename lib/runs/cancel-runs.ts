import "server-only";
import type { Tx } from "../db/write-transaction";

/** What the waiting runs of a journey get when it is turned off with "end waiting runs". */
export const ENDED_BY_DEACTIVATION = "Ended when the journey was turned off";
export const CANCELLED_BY_HAND = "Cancelled from Journey Studio";

/**
 * Ends the waiting and sleeping runs `where` selects, as `cancelled`: their timers go,
 * their unsent messages are not sent, their stateVersion moves (a lane that had loaded one
 * fails its compare-and-set, reloads, and finds it ended), and their step log says where
 * they were, which Insights counts as a drop there. A run that moved on meanwhile logged
 * the same step number first: the unique key fails this transaction, and it runs again.
 */
export async function cancelRuns(tx: Tx, where: { id?: string | { in: string[] }; journeyId?: string }, reason: string): Promise<number> {
  const now = new Date();
  const found = await tx.run.findMany({
    where: { ...where, status: { in: ["waiting", "sleeping"] } },
    select: { id: true, steps: { select: { seq: true, nodeId: true, nodeType: true }, orderBy: { seq: "desc" }, take: 1 } },
  });
  if (found.length === 0) return 0;
  const runs = { id: { in: found.map((r) => r.id) }, status: { in: ["waiting", "sleeping"] } };
  const ended = await tx.run.updateMany({ where: runs, data: { status: "cancelled", endedAt: now, error: reason, stateVersion: { increment: 1 } } });
  await tx.runStep.createMany({
    data: found.flatMap(({ id, steps: [last] }) =>
      last ? [{ id: `${id}:${last.seq + 1}`, runId: id, seq: last.seq + 1, nodeId: last.nodeId, nodeType: last.nodeType, outcome: "cancelled", error: reason, startedAt: now, finishedAt: now }] : [],
    ),
  });
  await tx.timer.updateMany({ where: { firedAt: null, runId: runs.id }, data: { firedAt: now } });
  await tx.conversation.updateMany({ where: { runId: runs.id, status: { not: "closed" } }, data: { status: "closed", resolution: "cancelled", closedAt: now } });
  await tx.outboxMessage.updateMany({
    where: { status: "pending", runId: runs.id },
    data: { status: "failed", errorCode: "cancelled", errorMessage: "Not sent: the run was cancelled", updatedAt: now },
  });
  return ended.count;
}
