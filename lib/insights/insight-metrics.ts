/**
 * The vocabulary of Insights' aggregates (InsightCount rows) and the arithmetic on them,
 * shared by the roll-up that writes them and the queries that read them.
 *
 * Every figure of a step is attributed to the period its entry began in, so within any
 * range: entered = Σ out:<handle> + Σ drop:<reason> + there now, exactly.
 */

/** The pseudo step that carries run-level counts. */
export const RUN_NODE = "$run";

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export type Grain = "h" | "d";

/** Why an entry ended the run at a step instead of leaving it by an outcome. */
export const DROP_REASONS = ["ended", "failed", "expired", "cancelled"] as const;
export type DropReason = (typeof DROP_REASONS)[number];

/**
 * How runs ended, plus two facts counted once per run: `fallback` (sent the 24-hour
 * fallback template) and `errorPath` (went on along a step's Failed output at least once,
 * so it may complete yet not have done its job).
 */
export const RUN_METRICS = ["started", "completed", "failed", "expired", "cancelled", "fallback", "errorPath"] as const;
export type RunMetric = (typeof RUN_METRICS)[number];

export const metric = {
  entered: "entered",
  /** An entry by a run that had been at this step before: loops count every pass. */
  repeat: "repeat",
  out: (handle: string) => `out:${handle}`,
  drop: (reason: DropReason) => `drop:${reason}`,
  time: (bucket: number) => `t:${bucket}`,
};

/**
 * Time in step is a log-scale histogram: bucket b ≥ 1 holds [G^(b-1), G^b) milliseconds and
 * reads back as its geometric middle, so any percentile is within √G − 1 ≈ 1.5 % of the
 * exact (nearest-rank) value; bucket 0 holds sub-millisecond times.
 */
const G = 1.03;
const LOG_G = Math.log(G);

export function timeBucket(ms: number): number {
  return ms < 1 ? 0 : 1 + Math.floor(Math.log(ms) / LOG_G + 1e-9);
}

export function bucketValue(bucket: number): number {
  return bucket === 0 ? 0 : Math.exp((bucket - 0.5) * LOG_G);
}

/** The nearest-rank percentile (0 < p ≤ 1) of a histogram: the value at rank ⌈p·n⌉. */
export function histogramPercentile(histogram: Map<number, number>, p: number): number | null {
  const total = [...histogram.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const bucket of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(bucket)!;
    if (seen >= rank) return bucketValue(bucket);
  }
  return null;
}

/** The same percentile of exact values: the ground truth the histogram is held to. */
export function exactPercentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1];
}

export function periodStart(at: Date, grain: Grain): Date {
  const size = grain === "h" ? HOUR_MS : DAY_MS;
  return new Date(Math.floor(at.getTime() / size) * size);
}

/**
 * Splits [from, to) (whole hours) into the UTC days it covers entirely and the hours at
 * its edges, so a range of any length reads at most ~31 days plus 46 hours of rows.
 */
export function coverRange(from: Date, to: Date): { days: [Date, Date] | null; hours: Array<[Date, Date]> } {
  const firstDay = Math.ceil(from.getTime() / DAY_MS) * DAY_MS;
  const lastDay = Math.floor(to.getTime() / DAY_MS) * DAY_MS;
  if (lastDay <= firstDay) return { days: null, hours: [[from, to]] };
  const hours: Array<[Date, Date]> = [];
  if (from.getTime() < firstDay) hours.push([from, new Date(firstDay)]);
  if (lastDay < to.getTime()) hours.push([new Date(lastDay), to]);
  return { days: [new Date(firstDay), new Date(lastDay)], hours };
}
