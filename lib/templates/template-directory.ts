import "server-only";
import { toDate, type RawConnection } from "../db/raw-connection";
import { revisionCached } from "../db/revision-cached";
import { DEFAULT_CHANNEL_ID } from "../channels/channel-schemas";
import { channelLookup, type TemplateLookup } from "../whatsapp/template-catalog";
import { toTemplate } from "./template-row";

/** Moves whenever a template changes: every thread and instance reads the templates again. */
export const TEMPLATES_REVISION_KEY = "templates_revision";

/**
 * The synced templates as the runtime checks a send against them, per channel. Read
 * again only when the revision row moved (a sync or a template webhook), so a template
 * paused in 8x8 is refused by the next send, in every thread and instance.
 */
export function templateDirectory(sql: RawConnection) {
  const lookups = revisionCached(sql, TEMPLATES_REVISION_KEY, async () => {
    const rows = await sql.query<{ channelId: string; name: string; language: string; category: string; status: string; quality: string | null; reason: string | null; layout: unknown; statusAt: unknown }>(
      `SELECT "channelId", "name", "language", "category", "status", "quality", "reason", "layout", "statusAt" FROM "WhatsAppTemplate"`,
    );
    const names = new Map((await sql.query<{ id: string; name: string }>(`SELECT "id", "name" FROM "Channel"`)).map((c) => [c.id, c.name]));
    const byChannel = new Map<string, ReturnType<typeof toTemplate>[]>();
    for (const row of rows) {
      const template = toTemplate({ ...row, layout: sql.json(row.layout), statusAt: toDate(row.statusAt) });
      byChannel.set(row.channelId, [...(byChannel.get(row.channelId) ?? []), template]);
    }
    return new Map(
      [...byChannel].map(([id, templates]) => [id, channelLookup({ id, name: id === DEFAULT_CHANNEL_ID ? "the default channel" : (names.get(id) ?? id) }, templates)]),
    );
  });
  return {
    /** The channel's templates, or null when none were ever synced (nothing to check against). */
    async forChannel(channelId: string): Promise<TemplateLookup | null> {
      return (await lookups()).get(channelId) ?? null;
    },
  };
}

export type TemplateDirectory = ReturnType<typeof templateDirectory>;
