import { apiRoute } from "@/lib/api/api-route";

/** For load balancers and the test harness: the app answers and its database does too. */
export const GET = apiRoute(
  async ({ db }) => {
    await db.setting.findFirst({ select: { key: true } });
    return { ok: true, rssMb: Math.round(process.memoryUsage().rss / 1048576) };
  },
  { auth: false },
);
