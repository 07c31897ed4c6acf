/**
 * Background work lives in the Next process: on start, the runtime's pollers resume due
 * timers, unprocessed inbox events and unsent messages left by a previous process; the
 * channels' WhatsApp templates are listed from 8x8 now and every 15 minutes.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.RUNTIME_DISABLED === "1") return;
  const { getRuntime } = await import("./lib/engine/runtime-host");
  (await getRuntime()).start();
  const { startTemplateSync } = await import("./lib/templates/periodic-sync");
  startTemplateSync();
}
