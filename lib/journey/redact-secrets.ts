export const REDACTED = "[secret]";

/**
 * A copy of `value` with every secret's value replaced by [secret] in every string in it:
 * what an HTTP step rendered with `{{ secrets.x }}` (its URL, headers, body) comes back in
 * its output, its error text, even the API's answer, and all of that is stored and shown.
 * The URL-encoded spelling is replaced too, since URLs and Node's errors carry that form.
 */
export function redactSecrets<T>(value: T, secrets: Iterable<string>): T {
  const needles = [...new Set([...secrets].filter(Boolean).flatMap((s) => [s, encodeURIComponent(s)]))].sort((a, b) => b.length - a.length);
  if (needles.length === 0) return value;
  const redact = (item: unknown): unknown => {
    if (typeof item === "string") return needles.reduce((text, needle) => (text.includes(needle) ? text.replaceAll(needle, REDACTED) : text), item);
    if (Array.isArray(item)) return item.map(redact);
    if (item && typeof item === "object" && Object.getPrototypeOf(item) === Object.prototype) {
      return Object.fromEntries(Object.entries(item).map(([key, child]) => [redact(key), redact(child)]));
    }
    return item;
  };
  return redact(value) as T;
}
