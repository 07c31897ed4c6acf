import "server-only";
import type { Db } from "../db/client";

/** Long enough for a slow event (an HTTP step retrying); renewed for every event. */
export const LEASE_MS = 60_000;

/**
 * A contact's lane across app instances: a lease on the Contact row (laneOwner,
 * laneExpiresAt), taken with a compare-and-set. An instance that dies leaves a lease that
 * simply runs out.
 */
export function laneLease(db: Db, owner: string) {
  return {
    async claim(contactId: string, now: Date): Promise<boolean> {
      const { count } = await db.contact.updateMany({
        where: { id: contactId, OR: [{ laneOwner: null }, { laneOwner: owner }, { laneExpiresAt: { lt: now } }] },
        data: { laneOwner: owner, laneExpiresAt: new Date(now.getTime() + LEASE_MS) },
      });
      return count === 1;
    },
    async release(contactId: string): Promise<void> {
      await db.contact.updateMany({ where: { id: contactId, laneOwner: owner }, data: { laneOwner: null, laneExpiresAt: null } });
    },
  };
}

export type LaneLease = ReturnType<typeof laneLease>;
