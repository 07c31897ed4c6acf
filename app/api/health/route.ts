import { publicRoute } from "@/lib/api/api-route";
import { getRuntime } from "@/lib/engine/runtime-host";

/**
 * For load balancers and the test harness: the app answers and its database does too;
 * also where journeys run (a worker thread in production) and the process's memory.
 */
export const GET = publicRoute(
  async ({ db }) => {
    await db.setting.findFirst({ select: { key: true } });
    return { ok: true, runtime: (await getRuntime()).mode, rssMb: Math.round(process.memoryUsage().rss / 1048576) };
  },
);
