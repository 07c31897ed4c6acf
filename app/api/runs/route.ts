import { apiRoute, parseWith } from "@/lib/api/api-route";
import { listRunsQuery } from "@/lib/runs/api-schemas";
import { listRuns } from "@/lib/runs/run-queries";

export const GET = apiRoute(async ({ request, db }) => {
  const query = parseWith(listRunsQuery, Object.fromEntries(request.nextUrl.searchParams));
  return { runs: await listRuns(db, query) };
}, { permission: "read" });
