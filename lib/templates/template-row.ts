import "server-only";
import type { TemplateLayout, WhatsAppTemplate } from "../whatsapp/whatsapp-template";

type Row = { channelId: string; name: string; language: string; category: string; status: string; quality: string | null; reason: string | null; layout: unknown; statusAt: Date };

/** A WhatsAppTemplate row, from Prisma or raw SQL, as the rest of the app reads it. */
export function toTemplate(row: Row): WhatsAppTemplate {
  return {
    channelId: row.channelId, name: row.name, language: row.language, category: row.category, status: row.status,
    quality: row.quality, reason: row.reason, layout: row.layout as TemplateLayout, statusAt: row.statusAt.toISOString(),
  };
}
