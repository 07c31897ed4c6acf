import { apiRoute } from "@/lib/api/api-route";
import { exportFileName } from "@/lib/journeys/export-file-name";
import { journeyStore } from "@/lib/journeys/journey-store";

export const GET = apiRoute<{ id: string }>(async ({ params, db }) => {
  const journey = await journeyStore(db).get(params.id);
  const file = exportFileName(journey.name);
  // The switch is the journey's, not the draft's: the file says it, so an import keeps it.
  const document = journey.active && journey.document.settings.active === undefined ? journey.document : { ...journey.document, settings: { ...journey.document.settings, active: journey.active } };
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${file}"` },
  });
}, { permission: "read" });
