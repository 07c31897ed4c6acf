import { apiRoute, parseWith } from "@/lib/api/api-route";
import { notFound } from "@/lib/errors/domain-error";
import { sqlOf } from "@/lib/db/sql-of";
import { insightsQuery, type InsightsAnswer } from "@/lib/insights/api-schemas";
import { versionInsights } from "@/lib/insights/version-insights";

/** A published version's Insights figures for a range, and optionally a second version's beside them. */
export const GET = apiRoute<{ id: string }>(
  async ({ request, params, db }): Promise<InsightsAnswer> => {
    const query = parseWith(insightsQuery, Object.fromEntries(request.nextUrl.searchParams));
    const journey = await db.journey.findUnique({
      where: { id: params.id },
      select: { versions: { select: { id: true, version: true, publishedAt: true }, orderBy: { version: "desc" } } },
    });
    if (!journey) throw notFound("Journey");
    const pick = (n: number | undefined) => {
      if (n === undefined) return journey.versions[0] ?? null;
      const found = journey.versions.find((v) => v.version === n);
      if (!found) throw notFound(`Version ${n}`);
      return found;
    };
    const sql = await sqlOf(db);
    const read = async (v: ReturnType<typeof pick>) =>
      v && { version: v.version, publishedAt: v.publishedAt.toISOString(), figures: await versionInsights(sql, v.id, query.from, query.to) };
    const [current, compare] = await Promise.all([read(pick(query.version)), query.compare === undefined ? null : read(pick(query.compare))]);
    return {
      versions: journey.versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt.toISOString() })),
      range: { from: query.from.toISOString(), to: query.to.toISOString() },
      current,
      compare,
    };
  },
  { permission: "read" },
);
