import "server-only";
import { coverRange } from "./insight-metrics";

/**
 * The SQL condition on InsightCount rows (alias `c`) that reads [from, to) once: daily rows
 * for the whole UTC days inside it, hourly rows for its edges. Appends its values to
 * `params` ($-numbered after what is there).
 */
export function rangeCondition(from: Date, to: Date, params: unknown[]): string {
  const { days, hours } = coverRange(from, to);
  const periods: string[] = [];
  const period = (grain: string, [start, end]: [Date, Date]) => {
    params.push(grain, start, end);
    const n = params.length;
    periods.push(`(c."grain" = $${n - 2} AND c."start" >= $${n - 1} AND c."start" < $${n})`);
  };
  if (days) period("d", days);
  for (const edge of hours) period("h", edge);
  return `(${periods.join(" OR ")})`;
}
