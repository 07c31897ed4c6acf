import { stepDefinitions } from "../steps/registry";
import type { PaletteEntry } from "../steps/step-definition";

export const PALETTE_CATEGORIES = [
  { id: "triggers", label: "Triggers" },
  { id: "messages", label: "Messages" },
  { id: "logic", label: "Logic" },
  { id: "integrations", label: "Integrations" },
  { id: "annotations", label: "Notes" },
];

export type PaletteItem = PaletteEntry & { type: string; category: string };

/** Everything that can be added to a journey, in palette order: a kind may offer several entries. */
export const PALETTE_ITEMS: PaletteItem[] = stepDefinitions.flatMap((d) =>
  (d.palette?.() ?? [{ key: d.type, label: d.label, description: d.description, icon: d.icon, config: d.defaultConfig() }]).map((e) => ({
    ...e,
    type: d.type,
    category: d.category,
  })),
);

/**
 * The entries whose label or description contains the query, ignoring case: labels that
 * start with it first, then labels that contain it, then descriptions ("end" is End
 * before the HTTP request that calls your backEND).
 */
export function matchingItems(query: string, items: PaletteItem[] = PALETTE_ITEMS) {
  const q = query.trim().toLowerCase();
  if (!q) return items;
  const rank = (item: PaletteItem) => {
    const label = item.label.toLowerCase();
    if (label.startsWith(q)) return 0;
    if (label.includes(q)) return 1;
    return item.description.toLowerCase().includes(q) ? 2 : -1;
  };
  return items
    .map((item) => ({ item, rank: rank(item) }))
    .filter((r) => r.rank >= 0)
    .sort((a, b) => a.rank - b.rank)
    .map((r) => r.item);
}
