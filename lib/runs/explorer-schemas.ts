import { z } from "zod";
import { keysetCursor } from "../schemas/keyset-cursor";
import { searchText } from "../schemas/search-text";
import { RUN_STATUSES } from "./api-schemas";

/**
 * The run explorer's filters: the Runs page's URL, `GET /api/runs`, the CSV export and
 * the bulk cancel all take the same ones, so a view can be shared, bookmarked and acted on.
 */
export const VAR_OPS = ["eq", "ne", "contains", "exists"] as const;

export const runFilters = z.object({
  journeyId: z.string().min(1).max(64).optional(),
  version: z.coerce.number().int().min(1).optional(),
  status: z.enum(RUN_STATUSES, { error: `status must be one of ${RUN_STATUSES.join(", ")}` }).optional(),
  /** A number or channel user id (exact), or part of a name. */
  contact: searchText().optional(),
  from: z.iso.datetime({ offset: true, error: "from is an ISO date-time" }).optional(),
  to: z.iso.datetime({ offset: true, error: "to is an ISO date-time" }).optional(),
  /** Runs that passed through this step. */
  reached: z.string().min(1).max(64).optional(),
  /** Runs that ended (completed, failed, expired, cancelled) at this step. */
  endedAt: z.string().min(1).max(64).optional(),
  /** An 8x8 error code on one of the run's messages ("1022"), or "cancelled" / "not_sent". */
  errorCode: z.string().min(1).max(40).optional(),
  /** A variable, dotted for nested values: `service`, `slots.body.count`. */
  var: z.string().regex(/^[A-Za-z_]\w{0,63}(\.[A-Za-z_]\w{0,63}){0,4}$/, { error: "var is a variable name, dotted for nested values" }).optional(),
  op: z.enum(VAR_OPS, { error: `op is one of ${VAR_OPS.join(", ")}` }).default("eq"),
  value: z.string().max(200).optional(),
});

export const listRunsQuery = runFilters.extend({
  /** `<startedAt ISO>|<id>` of the last run of the previous page. */
  cursor: keysetCursor().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const bulkCancelBody = z.object({ filters: runFilters, dryRun: z.boolean().default(true) });

export type RunFilters = z.infer<typeof runFilters>;

export type RunRow = {
  id: string;
  journeyId: string;
  journeyName: string;
  version: number;
  status: string;
  currentNode: string | null;
  error: string | null;
  outcome: string | null;
  startedAt: string;
  endedAt: string | null;
  /** Completed, but a step failed on the way and the run took its Failed output. */
  errorPath: boolean;
  contact: { name: string | null; msisdn: string | null; channelUserId: string | null; channelId: string };
};
