import { apiRoute } from "@/lib/api/api-route";
import { sqlOf } from "@/lib/db/sql-of";
import { journeysActivity } from "@/lib/insights/journey-health";

/** Each journey's runs per day for the last 14 days and its failures: the list's sparklines. */
export const GET = apiRoute(async ({ db }) => ({ activity: await journeysActivity(await sqlOf(db)) }), { permission: "read" });
