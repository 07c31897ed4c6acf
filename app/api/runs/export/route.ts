import { apiRoute, parseWith } from "@/lib/api/api-route";
import { sqlOf } from "@/lib/db/sql-of";
import { eachRun } from "@/lib/runs/explore-runs";
import { runFilters } from "@/lib/runs/explorer-schemas";
import { CSV_COLUMNS, csvLine } from "@/lib/runs/runs-csv";

/** The runs matching the filters as CSV, streamed page by page: any number of runs, little memory. */
export const GET = apiRoute(
  async ({ request, db }) => {
    const filters = parseWith(runFilters, Object.fromEntries(request.nextUrl.searchParams));
    const runs = eachRun(await sqlOf(db), filters);
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(`${CSV_COLUMNS.join(",")}\r\n`));
      },
      async pull(controller) {
        // A page's worth per pull: the stream asks for more only as the client reads.
        let lines = "";
        for (let i = 0; i < 500; i++) {
          const next = await runs.next();
          if (next.done) {
            if (lines) controller.enqueue(encoder.encode(lines));
            controller.close();
            return;
          }
          lines += csvLine(next.value);
        }
        controller.enqueue(encoder.encode(lines));
      },
      async cancel() {
        await runs.return(undefined);
      },
    });
    const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, "-");
    return new Response(body, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="runs-${stamp}.csv"`, "Cache-Control": "no-store" },
    });
  },
  { permission: "read" },
);
