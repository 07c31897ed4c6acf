import { publicRoute } from "@/lib/api/api-route";
import { handleWebhook } from "@/lib/api/8x8-webhook-handler";
import { DEFAULT_CHANNEL_ID } from "@/lib/channels/channel-schemas";

/** The default channel's webhook (the one the environment variables configure). */
export const POST = publicRoute(async ({ request, db }) => handleWebhook(request, db, DEFAULT_CHANNEL_ID));
