import "server-only";
import type { JourneyDocument } from "../journey/document-schema";
import { resolveNodes } from "../journey/resolve-nodes";

/** Every template a journey document sends, its 24-hour fallback included, as `name\nlanguage` keys. */
export function templatesUsed(document: JourneyDocument): Set<string> {
  const used = new Set<string>();
  for (const node of resolveNodes(document)) {
    if (node.config === undefined) continue;
    for (const t of node.definition.templatesUsed?.(node.config) ?? []) used.add(templateKey(t.name, t.language));
  }
  const fallback = document.settings.windowFallbackTemplate;
  if (fallback?.name) used.add(templateKey(fallback.name, fallback.language));
  return used;
}

export const templateKey = (name: string, language: string) => `${name}\n${language}`;
