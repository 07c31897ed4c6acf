/**
 * The pages' Content-Security-Policy. Scripts are strict: only those carrying this
 * response's nonce (Next puts it on its own scripts when it finds it in the request's
 * CSP header) and what they load ('strict-dynamic'). Styles allow inline: React Flow and
 * the server-rendered markup position nodes with style attributes, and a style cannot
 * run code. Images and media may come from any https host, since journeys send media by
 * URL and the preview shows it. Nothing may frame the app (clickjacking).
 */
export function contentSecurityPolicy(nonce: string, options: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "media-src 'self' blob: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh nonce per page answer; Web Crypto, so it runs in the proxy. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
