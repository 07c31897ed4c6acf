/**
 * Background work lives in the Next process: on start, the runtime's pollers resume due
 * timers, unprocessed inbox events and unsent messages left by a previous process; the
 * channels' WhatsApp templates are listed from 8x8 now and every 15 minutes. Then the
 * instance is ready, and a SIGTERM drains it before it exits (lib/api/lifecycle.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { exitGracefully, setPhase } = await import("./lib/api/lifecycle");
  if (process.env.RUNTIME_DISABLED === "1") return setPhase("ready");
  const { getRuntime } = await import("./lib/engine/runtime-host");
  const runtime = await getRuntime();
  runtime.start();
  const { startTemplateSync } = await import("./lib/templates/periodic-sync");
  startTemplateSync();
  const { appEnv } = await import("./lib/config/env");
  if (process.env.NEXT_MANUAL_SIG_HANDLE) exitGracefully((deadline) => runtime.drain(deadline), appEnv().SHUTDOWN_TIMEOUT_SECONDS * 1000);
  setPhase("ready");
  const { logger } = await import("./lib/log/logger");
  logger().info({ runtime: runtime.mode, gracefulShutdown: Boolean(process.env.NEXT_MANUAL_SIG_HANDLE) }, "ready");
}
