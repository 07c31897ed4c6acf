import { apiRoute, parseWith } from "@/lib/api/api-route";
import { sqlOf } from "@/lib/db/sql-of";
import { exploreRuns } from "@/lib/runs/explore-runs";
import { listRunsQuery } from "@/lib/runs/explorer-schemas";

/** Production runs matching the explorer's filters, newest first; `nextCursor` for the next page. */
export const GET = apiRoute(
  async ({ request, db }) => exploreRuns(await sqlOf(db), parseWith(listRunsQuery, Object.fromEntries(request.nextUrl.searchParams))),
  { permission: "read" },
);
