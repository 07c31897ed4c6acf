import { ApiError } from "@/lib/api/api-error";
import { notFound } from "@/lib/errors/domain-error";
import { apiRoute } from "@/lib/api/api-route";
import { writeTransaction } from "@/lib/db/write-transaction";
import { CANCELLED_BY_HAND, cancelRuns } from "@/lib/runs/cancel-runs";

/** Ends a waiting or sleeping run as `cancelled`: its timer goes and nothing more is sent. 409 when it has already ended. */
export const POST = apiRoute<{ id: string }>(
  async ({ params, db, audit }) => {
    const ended = await writeTransaction(db, async (tx) => {
      const run = await tx.run.findUnique({ where: { id: params.id }, select: { status: true } });
      if (!run) throw notFound("Run");
      if ((await cancelRuns(tx, { id: params.id }, CANCELLED_BY_HAND)) === 0) {
        throw new ApiError(409, "not_cancellable", `The run is ${run.status}: only a waiting or sleeping run can be cancelled`);
      }
      return run;
    });
    await audit("run.cancelled", params.id, { was: ended.status });
    return { run: { id: params.id, status: "cancelled" } };
  },
  { permission: "runs:write" },
);
