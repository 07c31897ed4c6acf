import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { DomainError, notFound } from "../errors/domain-error";
import { readJsonValue } from "./api-route";
import { tokenHash } from "../crypto/secret-token";
import { timingSafeEqual } from "../crypto/timing-safe-equal";
import { appEnv } from "../config/env";
import type { Db } from "../db/client";
import { ingestMessage, ingestReceipt } from "../engine/ingest-webhook";
import { getRuntime } from "../engine/runtime-host";
import { dottedPath } from "../schemas/validation-issue";
import { appChannels } from "../channels/app-channels";
import { DEFAULT_CHANNEL_ID } from "../channels/channel-schemas";
import { parseWebhookEvent, type DeliveryReceiptEvent, type InboundMessageEvent } from "../whatsapp/webhook-schema";
import { templateStore } from "../templates/template-store";
import type { TemplateEvent } from "../whatsapp/template-event";
import { metrics } from "../metrics/metrics";
import { phase } from "./lifecycle";
import { logger } from "../log/logger";

const MAX_WEBHOOK_BYTES = 256 * 1024;

/**
 * 8x8 posts inbound messages, delivery receipts and template changes for one channel. The event is stored
 * before the 200 (8x8 retries anything else, and wants an answer within 5 s); runs move
 * after the answer. Events the app does not use get 200 too, so 8x8 stops retrying them.
 */
export async function handleWebhook(request: NextRequest, db: Db, channelId: string): Promise<Response> {
  try {
    return await receive(request, db, channelId);
  } catch (error) {
    const reason = error instanceof DomainError ? error.code : "internal";
    metrics().webhooksRefused.inc({ reason });
    logger().warn({ reason, channel: channelId }, "webhook refused");
    throw error;
  }
}

async function receive(request: NextRequest, db: Db, channelId: string): Promise<Response> {
  // Restarting: 8x8 retries a 503, and the load balancer sends the retry to a ready instance.
  if (phase() === "draining") throw new DomainError("unavailable", "draining", "This instance is restarting; send it again", { retryAfter: 2 });
  await checkAuthorization(request, db, channelId);
  const parsed = parseWebhookEvent(await readJsonValue(request, { maxBytes: MAX_WEBHOOK_BYTES }));
  if (!parsed.result.success) {
    throw new DomainError("invalid", "invalid_event", "This is not an 8x8 Chat Apps webhook event", {
      issues: parsed.result.error.issues.map((i) => ({ path: dottedPath(i.path), code: i.code, message: i.message })),
    });
  }
  metrics().webhooksReceived.inc({ kind: parsed.kind });
  if (parsed.kind === "other") return NextResponse.json({ ok: true, ignored: true });
  if (parsed.kind === "template") {
    const result = await templateStore(db).applyEvent(channelId, parsed.result.data as TemplateEvent);
    return NextResponse.json({ ok: true, duplicate: result.duplicate });
  }
  if (parsed.kind === "receipt") {
    const result = await ingestReceipt(db, parsed.result.data as DeliveryReceiptEvent);
    return NextResponse.json({ ok: true, duplicate: !result.stored });
  }
  const result = await ingestMessage(db, parsed.result.data as InboundMessageEvent, channelId);
  // Only a nudge to the runtime's thread: the event is stored, and runs move there.
  if (result.contactId) (await getRuntime()).kick(result.contactId);
  return NextResponse.json({ ok: true, duplicate: !result.stored });
}

/**
 * Every channel wants its Authorization value: the default one EIGHTX8_WEBHOOK_AUTH, or
 * the value generated on first start (Settings → Channels); a channel from Settings its own.
 * A channel with none takes no webhooks: anyone could otherwise start runs on it.
 */
async function checkAuthorization(request: NextRequest, db: Db, channelId: string) {
  const sent = request.headers.get("authorization") ?? "";
  const expected = channelId === DEFAULT_CHANNEL_ID ? appEnv().EIGHTX8_WEBHOOK_AUTH : undefined;
  if (expected) {
    if (!timingSafeEqual(sent, expected)) throw new DomainError("unauthorized", "unauthorized", "The Authorization header does not match EIGHTX8_WEBHOOK_AUTH");
    return;
  }
  const channel = await (await appChannels(db)).get(channelId);
  if (!channel) throw notFound("Channel");
  if (channel.webhookAuthHash && sent && timingSafeEqual(tokenHash(sent), channel.webhookAuthHash)) return;
  if (channel.acceptsUnauthenticated) return;
  if (!channel.webhookAuthHash) {
    throw new DomainError("unauthorized", "unauthorized", "This channel has no webhook authorization yet: restart the app to generate one, or set EIGHTX8_WEBHOOK_AUTH");
  }
  throw new DomainError("unauthorized", "unauthorized", "The Authorization header does not match this channel's webhook authorization (Settings → Channels)");
}
