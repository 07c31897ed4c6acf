import "server-only";
import type { RawConnection } from "../db/raw-connection";

/** Long enough for a slow event (an HTTP step retrying); renewed for every event. */
export const LEASE_MS = 60_000;

/**
 * A contact's lane across app instances: a lease on the Contact row (laneOwner,
 * laneExpiresAt), taken with a compare-and-set. An instance that dies leaves a lease that
 * simply runs out.
 */
export function laneLease(sql: RawConnection, owner: string) {
  return {
    async claim(contactId: string, now: Date): Promise<boolean> {
      const [result] = await sql.batch([
        {
          sql: `UPDATE "Contact" SET "laneOwner" = $2, "laneExpiresAt" = $3
                WHERE "id" = $1 AND ("laneOwner" IS NULL OR "laneOwner" = $2 OR "laneExpiresAt" < $4)`,
          params: [contactId, owner, new Date(now.getTime() + LEASE_MS), now],
        },
      ]);
      return result.changes === 1;
    },
    async release(contactId: string): Promise<void> {
      await sql.batch([{ sql: `UPDATE "Contact" SET "laneOwner" = NULL, "laneExpiresAt" = NULL WHERE "id" = $1 AND "laneOwner" = $2`, params: [contactId, owner] }]);
    },
  };
}

export type LaneLease = ReturnType<typeof laneLease>;
