import { apiRoute } from "@/lib/api/api-route";
import { secretStore } from "@/lib/secrets/secret-store";

/** Names and where each comes from; never a value. */
export const GET = apiRoute(async ({ db }) => ({ secrets: await secretStore(db).list() }), { permission: "workspace:manage" });
