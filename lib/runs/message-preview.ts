/** One line that says what an 8x8 send body shows the customer. */
export function messagePreview(body: unknown): string {
  const { type, content } = (body ?? {}) as { type?: string; content?: Record<string, any> };
  if (!content) return "";
  if (type === "text") return content.text ?? "";
  if (type === "template") return `Template ${content.template?.name ?? ""}`;
  if (type === "interactive") return content.interactive?.body?.text ?? `Interactive ${content.interactive?.type ?? ""}`;
  if (type === "location") return content.location?.name ?? "Location";
  return content.text || `${type ?? "message"} ${content.url ?? ""}`.trim();
}

/** The template an 8x8 send body sends, if it sends one. */
export function sentTemplate(body: unknown): { name: string; language: string; components?: Array<{ type: string; [key: string]: unknown }> } | null {
  const { type, content } = (body ?? {}) as { type?: string; content?: { template?: { name?: unknown; language?: unknown } } };
  const template = content?.template;
  return type === "template" && typeof template?.name === "string" && typeof template.language === "string" ? (template as never) : null;
}
