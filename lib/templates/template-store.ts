import "server-only";
import type { Db } from "../db/client";
import { DomainError, notFound } from "../errors/domain-error";
import { appChannels } from "../channels/app-channels";
import type { ChannelDirectory } from "../channels/channel-directory";
import { channelStore } from "../channels/channel-store";
import { bumpRevision } from "../db/bump-revision";
import { writeTransaction } from "../db/write-transaction";
import { journeyDocumentSchema } from "../journey/document-schema";
import { catalogFrom, lastGoodSync, type TemplateCatalog } from "../whatsapp/template-catalog";
import { fetchTemplates } from "./fetch-templates";
import { toLayout } from "../whatsapp/parse-8x8-templates";
import { templateKey, templatesUsed } from "./templates-used";
import type { TemplateEvent } from "../whatsapp/template-event";
import type { WhatsAppTemplate } from "../whatsapp/whatsapp-template";
import { TEMPLATES_REVISION_KEY } from "./template-directory";
import { toTemplate } from "./template-row";

const syncKey = (channelId: string) => `templates_sync:${channelId}`;

/**
 * The last sync of a channel's templates. `lastGoodAt` is when its list was last read: a
 * failed sync keeps the templates (and this), so checks go on against that list.
 */
export type SyncState = { at: string; count: number; skipped: number; error: string | null; lastGoodAt?: string | null };
export type TemplateChannel = { id: string; name: string; configured: boolean; sync: SyncState | null };
export type TemplateUse = { journeyId: string; journeyName: string; live: boolean };
export type TemplateRow = WhatsAppTemplate & { usedBy: TemplateUse[] };

/**
 * The channels' WhatsApp templates, kept in the database: synced from 8x8's list (a sync
 * replaces the channel's set: templates 8x8 no longer lists are gone), changed live by
 * 8x8's template webhooks, read by the Templates page, the editor and the publish check.
 */
export function templateStore(db: Db, directory?: ChannelDirectory) {
  return {
    async sync(channelId: string): Promise<SyncState> {
      const entry = await (directory ?? (await appChannels(db))).get(channelId);
      if (!entry) throw notFound("Channel");
      const config = entry.config;
      if (!config?.templates) {
        throw new DomainError("conflict", "templates_not_configured", "Give the channel its 8x8 account id and WhatsApp channel id (Settings → Channels) to sync its templates");
      }
      const now = new Date();
      try {
        const { templates, skipped } = await fetchTemplates({ ...config, templates: config.templates });
        const state: SyncState = { at: now.toISOString(), count: templates.length, skipped, error: null, lastGoodAt: now.toISOString() };
        await writeTransaction(db, async (tx) => {
          const seen = new Set<string>();
          for (const t of templates) {
            const key = { channelId, name: t.templateName, language: t.language };
            if (seen.has(templateKey(key.name, key.language))) continue;
            seen.add(templateKey(key.name, key.language));
            const fields = {
              category: t.category.toUpperCase(),
              status: t.status.toUpperCase(),
              quality: t.qualityScore?.toUpperCase() ?? null,
              reason: t.rejectedReason ?? t.reason ?? null,
              externalId: t.id !== undefined ? String(t.id) : t.templateId !== undefined ? String(t.templateId) : null,
              layout: toLayout(t.components) as object,
              syncedAt: now,
            };
            const existing = await tx.whatsAppTemplate.findUnique({ where: { channelId_name_language: key }, select: { status: true } });
            if (!existing) await tx.whatsAppTemplate.create({ data: { ...key, ...fields, statusAt: now } });
            else await tx.whatsAppTemplate.update({ where: { channelId_name_language: key }, data: { ...fields, ...(existing.status !== fields.status && { statusAt: now }) } });
          }
          await tx.whatsAppTemplate.deleteMany({ where: { channelId, syncedAt: { lt: now } } });
          await tx.setting.upsert({ where: { key: syncKey(channelId) }, create: { key: syncKey(channelId), value: state }, update: { value: state } });
          await bumpRevision(tx, TEMPLATES_REVISION_KEY);
        });
        return state;
      } catch (error) {
        if (error instanceof DomainError) throw error;
        const previous = await readSync(db, channelId);
        const state: SyncState = { at: now.toISOString(), count: previous?.count ?? 0, skipped: 0, error: (error as Error).message, lastGoodAt: previous ? lastGoodSync(previous) : null };
        await db.setting.upsert({ where: { key: syncKey(channelId) }, create: { key: syncKey(channelId), value: state }, update: { value: state } });
        throw new DomainError("upstream", "templates_sync_failed", state.error!);
      }
    },

    /** Every channel that can list its templates; one failing does not stop the others. */
    async syncAll(): Promise<Array<{ channelId: string; ok: boolean; message?: string }>> {
      const results = [];
      for (const channel of await channelStore(db).list()) {
        if (!channel.configured || !channel.accountId || !channel.templateChannel) continue;
        try {
          await this.sync(channel.id);
          results.push({ channelId: channel.id, ok: true });
        } catch (error) {
          results.push({ channelId: channel.id, ok: false, message: (error as Error).message });
        }
      }
      return results;
    },

    async channels(): Promise<TemplateChannel[]> {
      const channels = await channelStore(db).list();
      const states = await Promise.all(channels.map((c) => readSync(db, c.id)));
      return channels.map((c, i) => ({ id: c.id, name: c.name, configured: Boolean(c.configured && c.accountId && c.templateChannel), sync: states[i] }));
    },

    /** What validation checks against: the templates of every channel synced at least once. */
    async catalog(): Promise<TemplateCatalog> {
      const rows = await db.whatsAppTemplate.findMany({ orderBy: [{ name: "asc" }, { language: "asc" }] });
      return catalogFrom({ channels: await this.channels(), templates: rows.map(toTemplate) });
    },

    /** The Templates page: each template with the journeys that send it (draft or live). */
    async list(): Promise<{ channels: TemplateChannel[]; templates: TemplateRow[] }> {
      const [channels, rows] = await Promise.all([this.channels(), db.whatsAppTemplate.findMany({ orderBy: [{ name: "asc" }, { language: "asc" }] })]);
      // Who sends what is read from every journey's documents: not worth it with no template to show.
      const usage = rows.length ? await templateUsage(db) : new Map<string, TemplateUse[]>();
      return { channels, templates: rows.map((r) => ({ ...toTemplate(r), usedBy: usage.get(templateKey(r.name, r.language)) ?? [] })) };
    },

    /**
     * One of 8x8's template webhooks for this channel. Applied once (its eventId is kept),
     * and only if newer than what the template last heard: 8x8 retries, and retries overtake.
     */
    async applyEvent(channelId: string, event: TemplateEvent): Promise<{ duplicate: boolean; applied: boolean }> {
      return writeTransaction(db, async (tx) => {
        const seen = await tx.templateEvent.findUnique({ where: { eventId: event.eventId }, select: { eventId: true } });
        if (seen) return { duplicate: true, applied: false };
        await tx.templateEvent.create({ data: { eventId: event.eventId, channelId, eventType: event.eventType, body: event as object } });
        const { templateName: name, templateLanguage: language, meta } = event.eventDetails;
        const at = new Date(event.timestamp ?? Date.now());
        const where = { channelId, name, ...(language && { language }) };
        const change =
          event.eventType === "template_status_update" && meta.status
            ? { status: meta.status.toUpperCase(), reason: meta.reason ?? null, statusAt: at }
            : event.eventType === "template_quality_update" && meta.newQualityScore
              ? { quality: meta.newQualityScore.toUpperCase() }
              : event.eventType === "template_category_update" && meta.newCategory
                ? { category: meta.newCategory.toUpperCase() }
                : null;
        if (!change) return { duplicate: false, applied: false };
        const { count } = await tx.whatsAppTemplate.updateMany({ where: "statusAt" in change ? { ...where, statusAt: { lte: at } } : where, data: change });
        if (count) await bumpRevision(tx, TEMPLATES_REVISION_KEY);
        return { duplicate: false, applied: count > 0 };
      });
    },
  };
}

async function readSync(db: Db, channelId: string): Promise<SyncState | null> {
  const row = await db.setting.findUnique({ where: { key: syncKey(channelId) } });
  return (row?.value as SyncState | undefined) ?? null;
}

/** Which journeys send each template: their draft, or their live version while active. */
export async function templateUsage(db: Db): Promise<Map<string, TemplateUse[]>> {
  const journeys = await db.journey.findMany({
    select: { id: true, name: true, active: true, document: true, versions: { select: { document: true }, orderBy: { version: "desc" }, take: 1 } },
  });
  const usage = new Map<string, TemplateUse[]>();
  for (const j of journeys) {
    const live = j.active && j.versions[0] ? keysOf(j.versions[0].document) : new Set<string>();
    for (const key of new Set([...keysOf(j.document), ...live])) {
      usage.set(key, [...(usage.get(key) ?? []), { journeyId: j.id, journeyName: j.name, live: live.has(key) }]);
    }
  }
  return usage;
}

function keysOf(document: unknown): Set<string> {
  const parsed = journeyDocumentSchema.safeParse(document);
  return parsed.success ? templatesUsed(parsed.data) : new Set();
}
