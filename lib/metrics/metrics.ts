import "server-only";
import { Counter, Histogram, Registry } from "prom-client";

/**
 * The counters and histograms of one thread (the web server's, or the runtime's worker):
 * `/api/metrics` asks each thread for its values and adds them up. Labels are bounded:
 * kinds, reasons, statuses, 8x8 error codes and journey ids, never a contact.
 */
function createMetrics() {
  const registry = new Registry();
  const registers = [registry];
  return {
    registry,
    webhooksReceived: new Counter({ name: "journey_studio_webhooks_received_total", help: "8x8 webhooks accepted, by event kind", labelNames: ["kind"] as const, registers }),
    webhooksRefused: new Counter({ name: "journey_studio_webhooks_refused_total", help: "8x8 webhooks refused, by reason", labelNames: ["reason"] as const, registers }),
    eventsProcessed: new Counter({ name: "journey_studio_events_processed_total", help: "Contact events the runtime handled (messages, timers, starts, hand backs), by kind", labelNames: ["kind"] as const, registers }),
    eventsFailed: new Counter({ name: "journey_studio_events_failed_total", help: "Contact events that failed and were set aside", registers }),
    eventDelay: new Histogram({
      name: "journey_studio_event_delay_seconds",
      help: "From a webhook stored to its run's step committed (what a customer waits for before a reply is queued)",
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    runsStarted: new Counter({ name: "journey_studio_runs_started_total", help: "Runs started, by journey id", labelNames: ["journey"] as const, registers }),
    runsEnded: new Counter({ name: "journey_studio_runs_ended_total", help: "Runs ended, by journey id and how (completed, failed, expired, cancelled)", labelNames: ["journey", "status"] as const, registers }),
    sends: new Counter({ name: "journey_studio_sends_total", help: "Sends to 8x8 by result (accepted, retry, failed) and 8x8 error code", labelNames: ["result", "code"] as const, registers }),
    sendLatency: new Histogram({
      name: "journey_studio_send_seconds",
      help: "One call to 8x8's send API",
      buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    sendDelay: new Histogram({
      name: "journey_studio_send_delay_seconds",
      help: "From a message queued to 8x8 accepting it (retries and backoff included)",
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
      registers,
    }),
    receipts: new Counter({ name: "journey_studio_receipts_total", help: "Delivery receipts from 8x8, by status", labelNames: ["status"] as const, registers }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

// On globalThis: Next bundles a module into several chunks, each with its own copy, and
// prom-client refuses a second metric of the same name in one registry.
const holder = globalThis as unknown as { journeyStudioMetrics?: Metrics };

/** This thread's metrics. */
export function metrics(): Metrics {
  return (holder.journeyStudioMetrics ??= createMetrics());
}
