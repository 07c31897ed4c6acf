import "server-only";
import { logger } from "../log/logger";
/**
 * Node's timers hold at most 2^31 - 1 ms (~24.8 days); a delay can be a year. A wake-up
 * that far off is armed for this long, finds nothing due and re-arms for what is left.
 */
const LONGEST_MS = 60 * 60_000;

/**
 * Wakes the runtime when the earliest armed timer is due, so delays and reply timeouts
 * fire on the dot rather than on the next poll. Time stays data: `fire` turns whatever
 * timer rows are due into events (claiming them exactly once, whichever instance gets
 * there first), and `nextDue` reads the earliest one left. This only decides when to
 * look: one wake-up, moved earlier by every new timer, armed again after each firing.
 * Timers another instance arms are found by the poll, which stays the safety net.
 */
export function timerAlarm(fire: () => Promise<void>, nextDue: () => Promise<Date | null>, now: () => Date) {
  let running = false;
  let armedFor: number | null = null;
  let handle: NodeJS.Timeout | null = null;
  let firing = false;
  let again = false;

  function disarm() {
    if (handle) clearTimeout(handle);
    handle = null;
    armedFor = null;
  }

  /** Wakes at `at` unless a wake-up is already armed for no later. */
  function arm(at: Date) {
    const due = at.getTime();
    if (!running || (armedFor !== null && armedFor <= due)) return;
    disarm();
    armedFor = due;
    handle = setTimeout(() => void wake(), Math.min(LONGEST_MS, Math.max(0, due - now().getTime())));
    handle.unref();
  }

  async function wake() {
    handle = null;
    armedFor = null;
    // A wake-up during a firing may be for a timer that firing's reads missed: go again.
    if (firing) {
      again = true;
      return;
    }
    firing = true;
    try {
      do {
        again = false;
        await fire();
      } while (again);
      const next = await nextDue();
      if (next) arm(next);
    } catch (error) {
      logger().error({ err: error }, "firing timers failed");
    } finally {
      firing = false;
    }
  }

  return {
    arm,
    /** Arms for the earliest timer in the database (at start, and after a poll found others' timers). */
    async rearm() {
      if (!running) return;
      const next = await nextDue();
      if (next) arm(next);
    },
    start() {
      running = true;
    },
    stop() {
      running = false;
      disarm();
    },
  };
}

export type TimerAlarm = ReturnType<typeof timerAlarm>;
