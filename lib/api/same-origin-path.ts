const BASE = new URL("http://journey-studio.invalid");

/**
 * Where to send the browser after sign-in: a path on this site, never another origin.
 * Checked with the WHATWG URL parser, the browser's own rules: it drops tabs and line
 * breaks and reads `\` as `/`, so `/%09/evil.example` and `/\evil.example` are seen as
 * the other host they would reach. Leading slashes are collapsed, since a path the parser
 * normalised (`/.//evil.example` to `//evil.example`) would read as a host again.
 */
export function sameOriginPath(next: string | null | undefined, fallback = "/journeys"): string {
  if (!next) return fallback;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE.origin) return fallback;
  return `${url.pathname.replace(/^\/+/, "/")}${url.search}${url.hash}`;
}
