import { apiRoute } from "@/lib/api/api-route";
import { journeyStore } from "@/lib/journeys/journey-store";

export const GET = apiRoute<{ id: string }>(async ({ params, db }) => ({ versions: await journeyStore(db).versions(params.id) }), { permission: "read" });
