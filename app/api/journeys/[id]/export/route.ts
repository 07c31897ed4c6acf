import { apiRoute } from "@/lib/api/api-route";
import { exportFileName } from "@/lib/journeys/export-file-name";
import { journeyStore } from "@/lib/journeys/journey-store";

export const GET = apiRoute<{ id: string }>(async ({ params, db }) => {
  const journey = await journeyStore(db).get(params.id);
  const file = exportFileName(journey.name);
  return new Response(`${JSON.stringify(journey.document, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${file}"` },
  });
});
