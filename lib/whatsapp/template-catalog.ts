import type { WhatsAppTemplate } from "./whatsapp-template";

/** The workspace's synced templates, as the editor and the publish check see them. */
export type TemplateCatalog = {
  /** Channels whose templates have been synced at least once: only those can be checked. */
  channels: Array<{ id: string; name: string }>;
  templates: WhatsAppTemplate[];
};

/** One channel's templates by name and language. */
export type TemplateLookup = {
  channelId: string;
  channelName: string;
  find(name: string, language: string): WhatsAppTemplate | undefined;
  languages(name: string): string[];
};

/**
 * A lookup per channel a journey may send on: the channels its trigger listens on, or
 * every synced channel when it listens on all (null). A listed channel that was never
 * synced is left out: there is nothing to check it against.
 */
export function catalogLookups(catalog: TemplateCatalog, channelIds: string[] | null): TemplateLookup[] {
  const channels = channelIds ? catalog.channels.filter((c) => channelIds.includes(c.id)) : catalog.channels;
  return channels.map((channel) => channelLookup(channel, catalog.templates.filter((t) => t.channelId === channel.id)));
}

export function channelLookup(channel: { id: string; name: string }, templates: WhatsAppTemplate[]): TemplateLookup {
  const byKey = new Map(templates.map((t) => [`${t.name}\n${t.language}`, t]));
  return {
    channelId: channel.id,
    channelName: channel.name,
    find: (name, language) => byKey.get(`${name}\n${language}`),
    languages: (name) => templates.filter((t) => t.name === name).map((t) => t.language),
  };
}

type SyncOf = { at: string; error: string | null; lastGoodAt?: string | null };

/**
 * The catalog from the Templates list: every channel whose list was read at least once,
 * with its templates. A sync that failed since leaves the last good list in place and in
 * force: a failed sync must not switch the checks off.
 */
export function catalogFrom(list: { channels: Array<{ id: string; name: string; sync: SyncOf | null }>; templates: WhatsAppTemplate[] }): TemplateCatalog {
  return { channels: list.channels.filter((c) => c.sync && lastGoodSync(c.sync)).map((c) => ({ id: c.id, name: c.name })), templates: list.templates };
}

/** When the channel's list was last read whole; null if never. States saved before `lastGoodAt` existed: their own time when they succeeded. */
export function lastGoodSync(sync: SyncOf): string | null {
  return sync.lastGoodAt ?? (sync.error ? null : sync.at);
}
