import { apiRoute } from "@/lib/api/api-route";
import { journeyStore } from "@/lib/journeys/journey-store";

export const GET = apiRoute<{ id: string }>(async ({ params, db }) => {
  const journey = await journeyStore(db).get(params.id);
  const file = `${journey.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "journey"}.journey.json`;
  return new Response(`${JSON.stringify(journey.document, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${file}"` },
  });
});
