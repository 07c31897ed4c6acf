import "server-only";
import { logger } from "../log/logger";
import { getDb } from "../db/client";
import { templateStore } from "./template-store";

const EVERY_MS = 15 * 60_000;
const holder = globalThis as typeof globalThis & { __templateSync?: NodeJS.Timeout };

/**
 * Lists every channel's templates from 8x8 at start and every 15 minutes: the webhooks
 * keep statuses current between syncs, the sync catches templates created or deleted.
 */
export function startTemplateSync() {
  if (holder.__templateSync) return;
  const run = async () => {
    for (const result of await templateStore(await getDb()).syncAll().catch((error: Error) => [{ channelId: "*", ok: false, message: error.message }])) {
      if (!result.ok) logger().warn({ channel: result.channelId, reason: result.message }, "template sync failed");
    }
  };
  void run();
  holder.__templateSync = setInterval(run, EVERY_MS);
  holder.__templateSync.unref();
}
