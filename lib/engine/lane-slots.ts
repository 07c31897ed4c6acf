import "server-only";
/**
 * At most `limit` contact lanes at work at once in this process; the others wait their
 * turn in order, their kicks noted, without a lease or a connection. Ten thousand timers
 * due in one second kick ten thousand lanes: all at once on PostgreSQL, each held its
 * lease while it queued for one of the pool's ten connections, the heartbeat renewed
 * thousands of leases a second in one statement, and the woken runs went out at 41/s.
 */
export function laneSlots(limit: number) {
  let busy = 0;
  const waiting: Array<() => void> = [];
  return {
    async acquire(): Promise<void> {
      if (busy < limit) {
        busy++;
        return;
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    },
    /** Hands the slot to the longest-waiting lane, if any. */
    release(): void {
      const next = waiting.shift();
      if (next) next();
      else busy--;
    },
  };
}
