import { z } from "zod";
import type { JourneyHealth } from "./journey-health";
import type { VersionFigures } from "./version-insights";

const MAX_RANGE_DAYS = 400;
const isoDateTime = (name: string) => z.iso.datetime({ offset: true, error: `${name} is an ISO date-time` });

/** A date range in whole hours: `from` rounds down, `to` up (an Insights bucket is an hour). */
export const insightsRange = z
  .object({ from: isoDateTime("from"), to: isoDateTime("to") })
  .transform(({ from, to }) => ({ from: new Date(Math.floor(Date.parse(from) / 3_600_000) * 3_600_000), to: new Date(Math.ceil(Date.parse(to) / 3_600_000) * 3_600_000) }))
  .refine(({ from, to }) => to > from, { error: "to must be after from", path: ["to"] })
  .refine(({ from, to }) => to.getTime() - from.getTime() <= MAX_RANGE_DAYS * 86_400_000, { error: `a range is at most ${MAX_RANGE_DAYS} days`, path: ["from"] });

export const insightsQuery = z.intersection(
  insightsRange,
  z.object({
    /** The published version to read; the live (latest) one when absent. */
    version: z.coerce.number().int().min(1).optional(),
    /** A second version to show beside it (A vs B). */
    compare: z.coerce.number().int().min(1).optional(),
  }),
);

export type VersionSummary = { version: number; publishedAt: string };

export type InsightsAnswer = {
  versions: VersionSummary[];
  range: { from: string; to: string };
  /** Null while the journey has never been published. */
  current: (VersionSummary & { figures: VersionFigures }) | null;
  compare: (VersionSummary & { figures: VersionFigures }) | null;
};

export type HealthAnswer = JourneyHealth & { range: { from: string; to: string } };
