import "server-only";
import { DomainError } from "../errors/domain-error";
import type { Db } from "../db/client";
import { DEFAULT_CHANNEL_ID } from "./channel-schemas";
import { channelStore } from "./channel-store";

/**
 * The channel a business-initiated run talks from: the one named, or the only one there
 * is. The environment's channel counts when it is configured or nothing else exists.
 */
export async function startChannel(db: Db, requested: string | undefined): Promise<string> {
  const all = await channelStore(db).list();
  const usable = all.filter((c) => c.id !== DEFAULT_CHANNEL_ID || c.configured || all.length === 1);
  if (requested) {
    if (!usable.some((c) => c.id === requested)) {
      throw new DomainError("invalid", "unknown_channel", `There is no channel ${requested}`, { issues: [{ path: "channel", code: "unknown_channel", message: `One of: ${usable.map((c) => c.id).join(", ")}` }] });
    }
    return requested;
  }
  if (usable.length === 1) return usable[0].id;
  throw new DomainError("invalid", "channel_required", "This workspace has several channels: say which one the run talks from", {
    issues: [{ path: "channel", code: "required", message: `One of: ${usable.map((c) => c.id).join(", ")}` }],
  });
}
