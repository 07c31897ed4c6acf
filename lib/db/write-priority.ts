/** A webhook that has waited this long for the write lock asks the runtime to hold off. */
const STARVING_MS = 2;
/** The longest the runtime holds off for it: a request thread busy elsewhere must not stall the runtime. */
const YIELD_MS = 5;

/**
 * Who goes first when two connections in one process (the request thread's and the
 * runtime worker's) want SQLite's write lock. SQLite has no queue for it: a waiter polls,
 * and the worker, which commits back to back, retakes the lock within microseconds of
 * releasing it, so a webhook's insert could miss it for tens of milliseconds in a row
 * (measured: p90 10–15 ms, max 110 ms at a steady 500 webhooks/s). The favoured side
 * raises a flag in shared memory once it has waited STARVING_MS; the yielding side starts
 * no transaction while the flag is up, for at most YIELD_MS.
 */
export type WritePriority = {
  /** The favoured side has been waiting `ms` for the lock. */
  waiting(ms: number): void;
  /** The favoured side got the lock, or gave up. */
  done(): void;
  /** Resolves when the yielding side may try for the lock. */
  turn(): Promise<void>;
};

// On globalThis: Next bundles a module into several chunks, each with its own copy.
const holder = globalThis as unknown as { journeyStudioWriteFlag?: Int32Array };

/** The flag both threads share (4 bytes): made on the request thread, handed to the worker. */
export function processWriteFlag(): Int32Array {
  return (holder.journeyStudioWriteFlag ??= new Int32Array(new SharedArrayBuffer(4)));
}

export function favouredWriter(flag: Int32Array): WritePriority {
  return {
    waiting(ms) {
      if (ms >= STARVING_MS && Atomics.load(flag, 0) === 0) Atomics.store(flag, 0, 1);
    },
    done() {
      if (Atomics.compareExchange(flag, 0, 1, 0) === 1) Atomics.notify(flag, 0);
    },
    turn: async () => {},
  };
}

export function yieldingWriter(flag: Int32Array): WritePriority {
  return {
    waiting() {},
    done() {},
    async turn() {
      if (Atomics.load(flag, 0) !== 1) return;
      const wait = Atomics.waitAsync(flag, 0, 1, YIELD_MS);
      if (wait.async) await wait.value;
    },
  };
}
