import "server-only";
import type { Db } from "../db/client";

/**
 * Turns due timers into inbox events of their contact, so a timeout is ordered with the
 * contact's messages like any other event. Claiming a timer (firedAt) and queueing its
 * event commit together. Returns the contacts that now have work.
 */
export async function fireDueTimers(db: Db, now = new Date()): Promise<string[]> {
  const due = await db.timer.findMany({
    where: { firedAt: null, dueAt: { lte: now } },
    orderBy: { dueAt: "asc" },
    take: 500,
    select: { id: true, runId: true, armedAt: true, run: { select: { contactId: true } } },
  });
  const contacts = new Set<string>();
  for (const timer of due) {
    const fired = await db.$transaction(async (tx) => {
      const { count } = await tx.timer.updateMany({ where: { id: timer.id, firedAt: null }, data: { firedAt: now } });
      if (count === 0) return false;
      await tx.inboxEvent.create({
        data: { dedupeKey: `timer:${timer.id}`, kind: "timer", contactId: timer.run.contactId, payload: { runId: timer.runId, armedAt: timer.armedAt } },
      });
      return true;
    });
    if (fired) contacts.add(timer.run.contactId);
  }
  return [...contacts];
}
