/**
 * A route that does no work: the ceiling the runtime benchmark compares the webhook to.
 * It answers only in a process started with BENCHMARK_ROUTES=1 (the benchmarks do): every
 * other API route wants a session or a token, and this one has nothing to protect but
 * should not be an open door either.
 */
export function POST() {
  if (process.env.BENCHMARK_ROUTES !== "1") return Response.json({ error: { code: "not_found", message: "Not found" } }, { status: 404 });
  return Response.json({ ok: true });
}
