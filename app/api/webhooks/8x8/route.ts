import { NextResponse } from "next/server";
import { ApiError } from "@/lib/api/api-error";
import { publicRoute, readJsonValue } from "@/lib/api/api-route";
import { timingSafeEqual } from "@/lib/auth/timing-safe-equal";
import { parseWebhookEvent, type DeliveryReceiptEvent, type InboundMessageEvent } from "@/lib/channels/8x8/webhook-schema";
import { appEnv } from "@/lib/config/env";
import { ingestMessage, ingestReceipt } from "@/lib/engine/ingest-webhook";
import { getRuntime } from "@/lib/engine/runtime-host";
import { dottedPath } from "@/lib/journey/validation-issue";

const MAX_WEBHOOK_BYTES = 256 * 1024;

/**
 * 8x8 posts inbound messages and delivery receipts here. The event is stored before the
 * 200 (8x8 retries anything else, and wants an answer within 5 s); runs move after the
 * answer. Events the app does not use get 200 too, so 8x8 stops retrying them.
 */
export const POST = publicRoute(
  async ({ request, db }) => {
    const expected = appEnv().EIGHTX8_WEBHOOK_AUTH;
    if (expected && !timingSafeEqual(request.headers.get("authorization") ?? "", expected)) {
      throw new ApiError(401, "unauthorized", "The Authorization header does not match EIGHTX8_WEBHOOK_AUTH");
    }
    const parsed = parseWebhookEvent(await readJsonValue(request, { maxBytes: MAX_WEBHOOK_BYTES }));
    if (!parsed.result.success) {
      throw new ApiError(400, "invalid_event", "This is not an 8x8 Chat Apps webhook event", {
        issues: parsed.result.error.issues.map((i) => ({ path: dottedPath(i.path), code: i.code, message: i.message })),
      });
    }
    if (parsed.kind === "other") return NextResponse.json({ ok: true, ignored: true });
    if (parsed.kind === "receipt") {
      const result = await ingestReceipt(db, parsed.result.data as DeliveryReceiptEvent);
      return NextResponse.json({ ok: true, duplicate: !result.stored });
    }
    const result = await ingestMessage(db, parsed.result.data as InboundMessageEvent);
    // Only a nudge to the runtime's thread: the event is stored, and runs move there.
    if (result.contactId) (await getRuntime()).kick(result.contactId);
    return NextResponse.json({ ok: true, duplicate: !result.stored });
  },
);
