import { apiRoute } from "@/lib/api/api-route";
import { templateStore } from "@/lib/templates/template-store";

/** Every channel's synced WhatsApp templates, with their sync state and the journeys that send each. */
export const GET = apiRoute(async ({ db }) => templateStore(db).list(), { permission: "read" });
