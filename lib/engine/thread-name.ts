import { writeFileSync } from "node:fs";

/** How `top -H`, `ps -L` and the runtime benchmark tell the runtime's thread from the request thread. */
export const RUNTIME_THREAD_NAME = "journey-runtime";

/** Names the calling thread. Linux only (elsewhere it keeps its inherited name); at most 15 characters. */
export function nameThisThread(name: string) {
  try {
    writeFileSync("/proc/thread-self/comm", name);
  } catch {
    // Not Linux, or no /proc: the name is only a convenience.
  }
}
