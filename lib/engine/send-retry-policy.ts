import "server-only";
/** Outcomes remembered to tell a flaky 8x8 from a down one. */
const WINDOW = 50;
/** The share of failed sends in that window from which 8x8 counts as down. */
const OUTAGE_SHARE = 0.8;

/**
 * How long a failed send waits before its next attempt. A contact's later messages queue
 * behind a retried one, so every second of waiting is a second for each reply after it.
 * While most sends succeed, failures are this request's bad luck: it is tried again
 * soon (250 ms, 500 ms, then every second, jittered). While most sends fail, 8x8 is
 * down: waits double up to 30 s with full jitter, so it is not hammered and recovers to
 * a trickle. Retry-After, when 8x8 sends one, wins either way. (With exponential waits
 * alone and 30 % of sends failing at random, replies waited 80 s at p95.)
 */
export function sendRetryPolicy(random: () => number = Math.random) {
  const outcomes: boolean[] = [];
  let failures = 0;

  const outage = () => outcomes.length >= WINDOW / 2 && failures / outcomes.length >= OUTAGE_SHARE;

  return {
    /** Every send's outcome, failed or not. */
    record(failed: boolean) {
      outcomes.push(failed);
      if (failed) failures++;
      if (outcomes.length > WINDOW && outcomes.shift()) failures--;
    },
    outage,
    /** The wait before attempt `attempt + 1`, after `attempt` failed. */
    delayMs(attempt: number, retryAfterMs?: number): number {
      if (retryAfterMs !== undefined) return retryAfterMs;
      const step = Math.max(0, attempt - 1);
      if (outage()) return Math.round(random() * Math.min(30_000, 1000 * 2 ** step));
      return Math.round((0.5 + random() / 2) * Math.min(1000, 250 * 2 ** step));
    },
  };
}

export type SendRetryPolicy = ReturnType<typeof sendRetryPolicy>;
