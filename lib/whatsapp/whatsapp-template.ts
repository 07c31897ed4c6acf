/**
 * A WhatsApp template as the app keeps it: 8x8's component list normalized into a layout
 * that the picker, the preview, the validator and the runtime read the same way.
 * Placeholders are WhatsApp's positional `{{1}}`, `{{2}}`, ...
 */
export type HeaderFormat = "text" | "image" | "video" | "document" | "location";

export type TemplateButton = {
  type: "quick_reply" | "url" | "phone" | "flow" | "copy_code" | "otp" | "voice_call";
  text: string;
  url?: string;
  phone?: string;
  flowId?: string;
};

export type TemplateCard = { header: { format: HeaderFormat }; body?: string; buttons: TemplateButton[] };

export type TemplateLayout = {
  header?: { format: HeaderFormat; text?: string };
  body: string;
  footer?: string;
  buttons: TemplateButton[];
  cards?: TemplateCard[];
};

export type WhatsAppTemplate = {
  channelId: string;
  name: string;
  language: string;
  category: string;
  status: string;
  quality: string | null;
  reason: string | null;
  layout: TemplateLayout;
  statusAt: string;
};

/** Statuses WhatsApp delivers: anything else is refused (1031/1035/1036). */
export const SENDABLE_STATUS = "APPROVED";
/** A template in these states is refused by WhatsApp at send time: the step fails instead of retrying. */
export const BLOCKED_STATUSES = new Set(["PAUSED", "DISABLED"]);

/** How many positional parameters a text has: the highest `{{n}}` in it. */
export function placeholderCount(text: string | undefined): number {
  let count = 0;
  for (const match of (text ?? "").matchAll(/\{\{\s*(\d+)\s*\}\}/g)) count = Math.max(count, Number(match[1]));
  return count;
}

/** The text with `{{n}}` replaced by the nth value (1-based); a missing value stays a placeholder. */
export function fillPlaceholders(text: string, values: Array<string | undefined>): string {
  return text.replace(/\{\{\s*(\d+)\s*\}\}/g, (whole, n) => values[Number(n) - 1] || whole);
}

export function statusLabel(status: string): string {
  return status.charAt(0) + status.slice(1).toLowerCase().replace(/_/g, " ");
}
