import { NextResponse } from "next/server";
import { publicRoute } from "@/lib/api/api-route";
import { phase } from "@/lib/api/lifecycle";
import { sqlOf } from "@/lib/db/sql-of";
import { getRuntime } from "@/lib/engine/runtime-host";

/** The runtime's thread must answer within this long to count as alive. */
const RUNTIME_ANSWER_MS = 2000;

/**
 * For a load balancer choosing where to send traffic: 200 when this instance is started,
 * reaches its database and its runtime's thread answers; 503 (with why) while it starts,
 * while it drains for a restart, or when either is down. Public and cheap, like /api/health.
 */
export const GET = publicRoute(async ({ db }) => {
  const now = phase();
  if (now !== "ready") return NextResponse.json({ ready: false, reason: now }, { status: 503, headers: { "Cache-Control": "no-store" } });
  const checks = await Promise.all([
    sqlOf(db).then((sql) => sql.query("SELECT 1")).then(() => null, () => "database"),
    within(getRuntime().then((runtime) => runtime.memory()), RUNTIME_ANSWER_MS).then((answered) => (answered ? null : "runtime")),
  ]);
  const down = checks.filter(Boolean);
  if (down.length) return NextResponse.json({ ready: false, reason: `${down.join(" and ")} not answering` }, { status: 503, headers: { "Cache-Control": "no-store" } });
  return NextResponse.json({ ready: true }, { headers: { "Cache-Control": "no-store" } });
});

async function within(work: Promise<unknown>, ms: number): Promise<boolean> {
  const timeUp = new Promise<false>((resolve) => setTimeout(() => resolve(false), ms).unref());
  return Promise.race([work.then(() => true, () => false), timeUp]);
}
