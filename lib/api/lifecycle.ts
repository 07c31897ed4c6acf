import "server-only";
import { logger } from "../log/logger";

export type Phase = "starting" | "ready" | "draining";

// On globalThis: instrumentation and the route handlers are bundled apart, each with its own copy of this module.
const holder = globalThis as unknown as { journeyStudioPhase?: { phase: Phase } };
const state = (holder.journeyStudioPhase ??= { phase: "starting" });

/** Where this instance is in its life: readiness and the webhooks answer by it. */
export function phase(): Phase {
  return state.phase;
}

export function setPhase(next: Phase): void {
  state.phase = next;
}

/** Copies of one SIGTERM (a process group's, and `npm start` passing it on) arrive within this long of each other. */
const SAME_SIGNAL_MS = 1000;

/**
 * A rolling restart, instance by instance: on SIGTERM readiness goes red at once (the
 * load balancer stops sending), webhooks are answered 503 so 8x8 retries them elsewhere,
 * and the runtime finishes what it holds; the process exits when it has, or when
 * `timeoutMs` runs out. Another SIGTERM a second or more later exits at once, and SIGINT
 * (Ctrl+C) always does: what was left is picked up as after a crash. Next's own handler
 * must be off (NEXT_MANUAL_SIG_HANDLE, which `npm start` sets), or it exits first.
 */
export function exitGracefully(
  drain: (deadline: Date) => Promise<boolean>,
  timeoutMs: number,
  { signals = process, exit = (code: number) => process.exit(code) }: { signals?: Pick<NodeJS.EventEmitter, "on">; exit?: (code: number) => void } = {},
): void {
  let since: number | null = null;
  signals.on("SIGINT", () => exit(130));
  signals.on("SIGTERM", () => {
    if (since !== null) {
      if (Date.now() - since < SAME_SIGNAL_MS) return;
      logger().warn("SIGTERM again: exiting now");
      return exit(143);
    }
    since = Date.now();
    setPhase("draining");
    logger().info({ timeoutMs }, "SIGTERM: draining");
    void drain(new Date(Date.now() + timeoutMs))
      .then((finished) => {
        if (finished) logger().info("drained: exiting");
        else logger().warn("time is up: exiting with work left for the next instance");
        exit(0);
      })
      .catch((error) => {
        logger().error({ err: error }, "draining failed");
        exit(1);
      });
  });
}
