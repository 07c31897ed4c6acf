/** A route that does no work: the ceiling the runtime benchmark compares the webhook to. */
export function POST() {
  return Response.json({ ok: true });
}
