import { apiRoute } from "@/lib/api/api-route";
import { inboxRevision } from "@/lib/conversations/conversation-queries";

export const dynamic = "force-dynamic";

const CHECK_MS = 1000;
// Proxies close connections that stay silent; a comment line keeps this one open.
const HEARTBEAT_MS = 15_000;

/**
 * Server-sent events for the inbox: an event whenever a conversation starts, changes or
 * gets a customer message (checked every second, whichever instance wrote it). The page
 * then refetches what it shows.
 */
export const GET = apiRoute(async ({ request, db }) => {
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      let last = "";
      let sinceBeat = 0;
      const write = (text: string) => open && controller.enqueue(encoder.encode(text));
      const check = async () => {
        const revision = await inboxRevision(db).catch(() => last);
        if (revision !== last) write(`data: ${JSON.stringify({ revision })}\n\n`);
        else if ((sinceBeat += CHECK_MS) >= HEARTBEAT_MS) write(": ping\n\n");
        if (revision !== last) sinceBeat = 0;
        last = revision;
      };
      const timer = setInterval(() => void check(), CHECK_MS);
      stop = () => {
        open = false;
        clearInterval(timer);
      };
      request.signal.addEventListener("abort", () => {
        if (!open) return;
        stop();
        controller.close();
      });
      void check();
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "text/event-stream", "Cache-Control": "no-cache, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" } });
}, { permission: "read" });
