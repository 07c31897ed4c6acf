import { apiRoute, parseWith } from "@/lib/api/api-route";
import { notFound } from "@/lib/errors/domain-error";
import { sqlOf } from "@/lib/db/sql-of";
import { insightsRange, type HealthAnswer } from "@/lib/insights/api-schemas";
import { journeyHealth } from "@/lib/insights/journey-health";
import { channelFacts } from "@/lib/channels/channel-facts";

/** Runs started, completed, failed and expired in a range, over every version, and send failures by 8x8 code. */
export const GET = apiRoute<{ id: string }>(
  async ({ request, params, db }): Promise<HealthAnswer> => {
    const { from, to } = parseWith(insightsRange, Object.fromEntries(request.nextUrl.searchParams));
    if ((await db.journey.count({ where: { id: params.id } })) === 0) throw notFound("Journey");
    const health = await journeyHealth(await sqlOf(db), params.id, from, to);
    const channels = await channelFacts(db);
    const waiting = health.waiting.map((w) => ({ ...w, reason: channels.get(w.channelId)?.notSending ?? null }));
    return { ...health, waiting, range: { from: from.toISOString(), to: to.toISOString() } };
  },
  { permission: "read" },
);
