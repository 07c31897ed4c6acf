import { apiRoute, readJson } from "@/lib/api/api-route";
import { sqlOf } from "@/lib/db/sql-of";
import { writeTransaction } from "@/lib/db/write-transaction";
import { CANCELLED_BY_HAND, cancelRuns } from "@/lib/runs/cancel-runs";
import { cancellableRunIds } from "@/lib/runs/explore-runs";
import { bulkCancelBody } from "@/lib/runs/explorer-schemas";

const BATCH = 200;

/**
 * Cancels every waiting or sleeping run the filters match. `dryRun` (the default) only
 * counts them, so the page can say how many before anything happens.
 */
export const POST = apiRoute(
  async ({ request, db, audit }) => {
    const { filters, dryRun } = await readJson(request, bulkCancelBody);
    const ids = await cancellableRunIds(await sqlOf(db), filters);
    if (dryRun) return { matched: ids.length, cancelled: 0 };
    let cancelled = 0;
    // In batches: each a short transaction, so the runtime's lanes are never held up for long.
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH);
      cancelled += await writeTransaction(db, (tx) => cancelRuns(tx, { id: { in: batch } }, CANCELLED_BY_HAND));
    }
    await audit("run.cancelled", null, { matched: ids.length, cancelled, filters: JSON.stringify(filters) });
    return { matched: ids.length, cancelled };
  },
  { permission: "runs:write" },
);
