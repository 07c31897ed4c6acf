import { getRuntime } from "@/lib/engine/runtime-host";
import { threadMemory } from "@/lib/engine/thread-memory";

/**
 * A route that does no work: the ceiling the runtime benchmark compares the webhook to.
 * It answers only in a process started with BENCHMARK_ROUTES=1 (the benchmarks do): every
 * other API route wants a session or a token, and this one has nothing to protect but
 * should not be an open door either.
 */
export function POST() {
  if (process.env.BENCHMARK_ROUTES !== "1") return notFound();
  return Response.json({ ok: true });
}

/** Where the process's memory is, by thread: what the benchmark prints after its run. */
export async function GET() {
  if (process.env.BENCHMARK_ROUTES !== "1") return notFound();
  const { rss } = process.memoryUsage();
  return Response.json({ rssMb: Math.round(rss / 1048576), request: threadMemory(), runtime: await (await getRuntime()).memory() });
}

function notFound() {
  return Response.json({ error: { code: "not_found", message: "Not found" } }, { status: 404 });
}
