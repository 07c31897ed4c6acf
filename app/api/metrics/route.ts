import { apiRoute } from "@/lib/api/api-route";
import { sqlOf } from "@/lib/db/sql-of";
import { getRuntime } from "@/lib/engine/runtime-host";
import { runtimeGauges } from "@/lib/engine/runtime-gauges";
import { exposition, type GaugeReading } from "@/lib/metrics/exposition";
import { metrics } from "@/lib/metrics/metrics";

/** A worker that does not answer within this long is reported down rather than holding the scrape. */
const WORKER_ANSWER_MS = 2000;

/**
 * Prometheus metrics (text format) for whoever may read the workspace: an API token with
 * the operator role or above in Prometheus's `authorization` settings. Counters and
 * histograms of both threads, plus the runtime's tables read now.
 */
export const GET = apiRoute(
  async ({ db }) => {
    const runtime = await getRuntime();
    const sql = await sqlOf(db);
    const [worker, gauges] = await Promise.all([
      Promise.race([runtime.metrics(), new Promise<"silent">((resolve) => setTimeout(() => resolve("silent"), WORKER_ANSWER_MS).unref())]),
      runtimeGauges(sql),
    ]);
    const pool = sql.poolStats?.();
    const readings: GaugeReading[] = [
      { name: "journey_studio_runtime_up", help: "1 when the runtime's thread answered this scrape (in-process: always)", values: [{ value: worker === "silent" ? 0 : 1 }] },
      { name: "journey_studio_outbox_pending", help: "Messages waiting to be sent or on their way to 8x8", values: [{ value: gauges.outboxPending }] },
      { name: "journey_studio_outbox_oldest_seconds", help: "How long the oldest unsent message has waited", values: [{ value: gauges.outboxOldestSeconds }] },
      { name: "journey_studio_timers_due", help: "Timers (delays, reply timeouts) due and not yet fired", values: [{ value: gauges.timersDue }] },
      { name: "journey_studio_timers_late", help: "Timers more than 5 s past due and not yet fired", values: [{ value: gauges.timersLate }] },
      { name: "journey_studio_events_waiting", help: "Contact events stored and not yet handled", values: [{ value: gauges.eventsWaiting }] },
      { name: "journey_studio_lanes_held", help: "Contacts' lanes held, by instance (several instances on PostgreSQL)", values: gauges.lanesHeld.map(({ instance, count }) => ({ labels: { instance }, value: count })) },
      { name: "journey_studio_rollup_lag_seconds", help: "How long the oldest step not yet counted into Insights has waited", values: [{ value: gauges.rollupLagSeconds }] },
      ...(pool
        ? [
            { name: "journey_studio_db_pool_connections", help: "This thread's database pool: connections open, by state", values: [{ labels: { state: "idle" }, value: pool.idle }, { labels: { state: "busy" }, value: pool.size - pool.idle }] },
            { name: "journey_studio_db_pool_waiting", help: "Queries waiting for a connection of this thread's pool", values: [{ value: pool.waiting }] },
          ]
        : []),
    ];
    const threads = [await metrics().registry.getMetricsAsJSON(), ...(worker && worker !== "silent" ? [worker] : [])];
    const { text, contentType } = await exposition(threads, readings);
    return new Response(text, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
  },
  { permission: "read" },
);
