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
