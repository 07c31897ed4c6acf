import "server-only";
/**
 * Counts failures per key in a fixed window; past `max`, the key waits for the window
 * to end. In memory: each instance limits on its own, so N instances allow N times the
 * attempts, still far too few to guess a password. Bounded: the oldest keys go first.
 */
export function failureLimiter(options: { max: number; windowMs: number; maxKeys?: number }) {
  const windows = new Map<string, { failures: number; resetAt: number }>();
  const maxKeys = options.maxKeys ?? 10_000;

  function current(key: string, now: number) {
    const entry = windows.get(key);
    if (entry && entry.resetAt <= now) windows.delete(key);
    return entry && entry.resetAt > now ? entry : undefined;
  }

  return {
    /** Seconds until `key` may try again; 0 when it may now. */
    retryAfter(key: string, now = Date.now()): number {
      const entry = current(key, now);
      return entry && entry.failures >= options.max ? Math.ceil((entry.resetAt - now) / 1000) : 0;
    },
    fail(key: string, now = Date.now()) {
      const entry = current(key, now);
      if (entry) entry.failures++;
      else {
        if (windows.size >= maxKeys) windows.delete(windows.keys().next().value!);
        windows.set(key, { failures: 1, resetAt: now + options.windowMs });
      }
    },
    reset(key: string) {
      windows.delete(key);
    },
  };
}
