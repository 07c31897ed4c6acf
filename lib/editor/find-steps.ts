import type { EditorNode } from "./editor-graph";

// Keyed by the data object, like the accessible names: a drag does not re-stringify.
const haystacks = new WeakMap<EditorNode["data"], string>();

/**
 * The steps whose title, id or any text of their settings (message texts, URLs, variable
 * names) contain the query, ignoring case, in reading order: left to right, then top down.
 */
export function findSteps(nodes: readonly EditorNode[], query: string): string[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  return nodes
    .filter((node) => node.id.toLowerCase().includes(q) || haystack(node).includes(q))
    .sort((a, b) => a.position.x - b.position.x || a.position.y - b.position.y)
    .map((node) => node.id);
}

function haystack(node: EditorNode) {
  let text = haystacks.get(node.data);
  if (text === undefined) {
    const parts: string[] = [node.data.title ?? ""];
    collectStrings(node.data.config, parts);
    text = parts.join("\n").toLowerCase();
    haystacks.set(node.data, text);
  }
  return text;
}

function collectStrings(value: unknown, into: string[]) {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (value && typeof value === "object") for (const item of Object.values(value)) collectStrings(item, into);
}
