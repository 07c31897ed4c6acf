import "server-only";
import { logger } from "../log/logger";
import type { RawConnection, SqlStatement } from "../db/raw-connection";

/**
 * How long a lane stays taken without news from its owner. Short, so that the contacts of
 * an instance that died move to a live one within seconds; the owner renews every lease
 * it holds with one statement per HEARTBEAT_MS, however long an event takes (an HTTP step
 * retrying), so a live owner never loses a lease to the clock.
 */
export const LEASE_MS = 3000;
export const HEARTBEAT_MS = 1000;

/** The lease was taken over (the owner stalled past LEASE_MS): its work must not commit. */
export class LeaseLostError extends Error {}

/**
 * A contact's lane across app instances: a lease on the Contact row (laneOwner,
 * laneExpiresAt), taken with a compare-and-set. An instance that dies leaves a lease that
 * simply runs out. Every commit of an event carries `fence`, which fails it if another
 * instance holds the lane by then: two instances never both commit for one contact.
 */
export function laneLease(sql: RawConnection, owner: string) {
  const until = (now: Date) => new Date(now.getTime() + LEASE_MS);
  let heartbeat: NodeJS.Timeout | null = null;
  const renewAll = () =>
    sql.batch([{ sql: `UPDATE "Contact" SET "laneExpiresAt" = $2 WHERE "laneOwner" = $1`, params: [owner, until(new Date())] }]).catch((error) => logger().error({ err: error }, "lease heartbeat failed"));

  return {
    async claim(contactId: string, now: Date): Promise<boolean> {
      const [result] = await sql.batch([
        {
          sql: `UPDATE "Contact" SET "laneOwner" = $2, "laneExpiresAt" = $3
                WHERE "id" = $1 AND ("laneOwner" IS NULL OR "laneOwner" = $2 OR "laneExpiresAt" < $4)`,
          params: [contactId, owner, until(now), now],
        },
      ]);
      return result.changes === 1;
    },
    async release(contactId: string): Promise<void> {
      await sql.batch([{ sql: `UPDATE "Contact" SET "laneOwner" = NULL, "laneExpiresAt" = NULL WHERE "id" = $1 AND "laneOwner" = $2`, params: [contactId, owner] }]);
    },
    /** The first statement of an event's commit: still ours, renewed, or the whole commit rolls back. */
    fence(contactId: string, now: Date): SqlStatement {
      return {
        sql: `UPDATE "Contact" SET "laneExpiresAt" = $3 WHERE "id" = $1 AND "laneOwner" = $2`,
        params: [contactId, owner, until(now)],
        check: ({ changes }) => {
          if (changes === 0) throw new LeaseLostError(`the lane of contact ${contactId} was taken over`);
        },
      };
    },
    /** Gives up every lease this owner still holds (a graceful stop): other instances take the lanes at once. */
    async releaseAll(): Promise<void> {
      await sql.batch([{ sql: `UPDATE "Contact" SET "laneOwner" = NULL, "laneExpiresAt" = NULL WHERE "laneOwner" = $1`, params: [owner] }]);
    },
    /** Renews every lease this owner holds, once per HEARTBEAT_MS, until stopped. */
    startHeartbeat(): () => void {
      heartbeat ??= setInterval(() => void renewAll(), HEARTBEAT_MS);
      heartbeat.unref();
      return () => {
        if (heartbeat) clearInterval(heartbeat);
        heartbeat = null;
      };
    },
  };
}

export type LaneLease = ReturnType<typeof laneLease>;
