import { publicRoute } from "@/lib/api/api-route";
import { handleWebhook } from "@/lib/api/8x8-webhook-handler";

/** A channel added in Settings posts here, with the Authorization value it was given. */
export const POST = publicRoute<{ channel: string }>(async ({ request, params, db }) => handleWebhook(request, db, params.channel));
