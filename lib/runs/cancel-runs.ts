import "server-only";
import type { Tx } from "../db/write-transaction";

/** What the waiting runs of a journey get when it is turned off with "end waiting runs". */
export const ENDED_BY_DEACTIVATION = "Ended when the journey was turned off";
export const CANCELLED_BY_HAND = "Cancelled from Journey Studio";

/**
 * Ends the waiting and sleeping runs `where` selects, as `cancelled`: their timers go,
 * their unsent messages are not sent, and their stateVersion moves, so a lane that had
 * loaded one of them fails its compare-and-set, reloads, and finds it ended.
 */
export async function cancelRuns(tx: Tx, where: { id?: string | { in: string[] }; journeyId?: string }, reason: string): Promise<number> {
  const now = new Date();
  const runs = { ...where, status: { in: ["waiting", "sleeping"] } };
  await tx.timer.updateMany({ where: { firedAt: null, run: runs }, data: { firedAt: now } });
  await tx.outboxMessage.updateMany({
    where: { status: "pending", run: runs },
    data: { status: "failed", errorCode: "cancelled", errorMessage: "Not sent: the run was cancelled", updatedAt: now },
  });
  const ended = await tx.run.updateMany({ where: runs, data: { status: "cancelled", endedAt: now, error: reason, stateVersion: { increment: 1 } } });
  return ended.count;
}
