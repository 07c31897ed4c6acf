import { Liquid } from "liquidjs";

const engine = new Liquid();
// Journeys repeat the same snippets ({{ contact.name }}) a lot; parsing is the cost.
const cache = new Map<string, string | null>();
const CACHE_LIMIT = 5000;

/** The Liquid syntax error of a template field, or null when it parses. */
export function templateSyntaxError(source: string): string | null {
  if (!source.includes("{{") && !source.includes("{%")) return null;
  const cached = cache.get(source);
  if (cached !== undefined) return cached;
  let error: string | null = null;
  try {
    engine.parse(source);
  } catch (e) {
    error = (e as Error).message.split(", line:")[0];
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(source, error);
  return error;
}
