import "server-only";
import { AggregatorRegistry, Gauge, Registry, type MetricObjectWithValues, type MetricValue } from "prom-client";

export type ThreadValues = MetricObjectWithValues<MetricValue<string>>[];

/** A point-in-time figure for the scrape: a name, what it means, and its value(s) by label. */
export type GaugeReading = { name: string; help: string; values: Array<{ labels?: Record<string, string>; value: number }> };

/**
 * The Prometheus text of one scrape: each thread's counters and histograms added up (the
 * web server's and the runtime's worker count apart), then the gauges read for this scrape.
 */
export async function exposition(threads: ThreadValues[], readings: GaugeReading[]): Promise<{ text: string; contentType: string }> {
  const gauges = new Registry();
  for (const reading of readings) {
    const labelNames = [...new Set(reading.values.flatMap((v) => Object.keys(v.labels ?? {})))];
    const gauge = new Gauge({ name: reading.name, help: reading.help, labelNames, registers: [gauges] });
    for (const { labels, value } of reading.values) (labels ? gauge.set(labels, value) : gauge.set(value));
  }
  const merged = Registry.merge([AggregatorRegistry.aggregate(threads), gauges]);
  return { text: await merged.metrics(), contentType: merged.contentType };
}
