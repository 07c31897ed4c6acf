import "server-only";
import type { RawConnection } from "../db/raw-connection";
import { rangeCondition } from "./range-condition";
import { DROP_REASONS, histogramPercentile, RUN_METRICS, RUN_NODE, type DropReason, type RunMetric } from "./insight-metrics";

export type StepFigures = {
  entered: number;
  /** Entries by runs that had passed this step before (loops): included in `entered`. */
  repeat: number;
  outcomes: Record<string, number>;
  dropped: Record<DropReason, number>;
  /** Waiting or sleeping here now: entered − left − dropped. */
  now: number;
  /** Milliseconds from entering to leaving (for waits, to the customer's answer). */
  time: { p50: number; p90: number; count: number } | null;
};

export type VersionFigures = { steps: Record<string, StepFigures>; runs: Record<RunMetric, number> };

/**
 * A published version's figures for entries that began in [from, to) (whole hours): sums
 * of InsightCount rows, whole UTC days from the daily rows and the edges from the hourly
 * ones, so the cost depends on the range's length, never on how many runs there were.
 */
export async function versionInsights(sql: RawConnection, versionId: string, from: Date, to: Date): Promise<VersionFigures> {
  const params: unknown[] = [versionId];
  const rows = await sql.query<{ nodeId: string; metric: string; total: unknown }>(
    `SELECT c."nodeId", c."metric", SUM(c."count") AS "total" FROM "InsightCount" c
     WHERE c."versionId" = $1 AND ${rangeCondition(from, to, params)} GROUP BY c."nodeId", c."metric"`,
    params,
  );
  return figuresFromTotals(rows.map((r) => ({ nodeId: r.nodeId, metric: r.metric, total: Number(r.total) })));
}

/** Folds metric totals into each step's figures (exported for the tests' ground truth). */
export function figuresFromTotals(rows: Array<{ nodeId: string; metric: string; total: number }>): VersionFigures {
  const runs = Object.fromEntries(RUN_METRICS.map((m) => [m, 0])) as Record<RunMetric, number>;
  const steps: Record<string, StepFigures> = {};
  const histograms = new Map<string, Map<number, number>>();
  for (const { nodeId, metric, total } of rows) {
    if (nodeId === RUN_NODE) {
      if (metric in runs) runs[metric as RunMetric] += total;
      continue;
    }
    const step = (steps[nodeId] ??= emptyStep());
    const [kind, name] = splitMetric(metric);
    if (kind === "entered") step.entered += total;
    else if (kind === "repeat") step.repeat += total;
    else if (kind === "out") step.outcomes[name] = (step.outcomes[name] ?? 0) + total;
    else if (kind === "drop" && name in step.dropped) step.dropped[name as DropReason] += total;
    else if (kind === "t") {
      const histogram = histograms.get(nodeId) ?? new Map<number, number>();
      histogram.set(Number(name), (histogram.get(Number(name)) ?? 0) + total);
      histograms.set(nodeId, histogram);
    }
  }
  for (const [nodeId, step] of Object.entries(steps)) {
    const left = Object.values(step.outcomes).reduce((a, b) => a + b, 0);
    const dropped = Object.values(step.dropped).reduce((a, b) => a + b, 0);
    step.now = step.entered - left - dropped;
    const histogram = histograms.get(nodeId);
    if (histogram) {
      const count = [...histogram.values()].reduce((a, b) => a + b, 0);
      step.time = { p50: histogramPercentile(histogram, 0.5)!, p90: histogramPercentile(histogram, 0.9)!, count };
    }
  }
  return { steps, runs };
}

function emptyStep(): StepFigures {
  return { entered: 0, repeat: 0, outcomes: {}, dropped: Object.fromEntries(DROP_REASONS.map((r) => [r, 0])) as Record<DropReason, number>, now: 0, time: null };
}

function splitMetric(metric: string): [string, string] {
  const colon = metric.indexOf(":");
  return colon === -1 ? [metric, ""] : [metric.slice(0, colon), metric.slice(colon + 1)];
}
