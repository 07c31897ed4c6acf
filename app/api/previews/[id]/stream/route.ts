import { apiRoute } from "@/lib/api/api-route";
import type { PreviewSnapshot } from "@/lib/preview/preview-schemas";
import { getPreview } from "@/lib/preview/preview-registry";

export const dynamic = "force-dynamic";

// Proxies close connections that stay silent; a comment line keeps this one open.
const HEARTBEAT_MS = 15_000;

/** Server-sent events: the preview's snapshot now and after every change. */
export const GET = apiRoute<{ id: string }>(async ({ request, params }) => {
  const session = getPreview(params.id);
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const write = (text: string) => {
        if (open) controller.enqueue(encoder.encode(text));
      };
      const send = (snapshot: PreviewSnapshot) => write(`id: ${snapshot.revision}\ndata: ${JSON.stringify(snapshot)}\n\n`);
      const unsubscribe = session.subscribe(send);
      const heartbeat = setInterval(() => write(": ping\n\n"), HEARTBEAT_MS);
      stop = () => {
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
      };
      request.signal.addEventListener("abort", () => {
        if (!open) return;
        stop();
        controller.close();
      });
      send(session.snapshot());
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "text/event-stream", "Cache-Control": "no-cache, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" } });
}, { permission: "journeys:write" });
