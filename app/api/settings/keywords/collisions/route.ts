import { apiRoute, readJson } from "@/lib/api/api-route";
import { keywordSettingsBody } from "@/lib/whatsapp/keyword-settings";
import { liveTriggerCollisions } from "@/lib/journeys/live-trigger-collisions";

/** Which live journeys' triggers these keywords (as edited, not saved) would take first. */
export const POST = apiRoute(async ({ request, db }) => ({ collisions: await liveTriggerCollisions(db, await readJson(request, keywordSettingsBody)) }), { permission: "read" });
