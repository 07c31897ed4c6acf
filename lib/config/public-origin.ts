import "server-only";
import { appEnv } from "./env";

/**
 * The origin people and 8x8 reach this app on: PUBLIC_URL when set, else the address the
 * request came to (as a proxy forwarded it). Used for links the app hands out: the
 * webhook URLs, invitation links.
 */
export function publicOrigin(headers: Headers): string {
  const configured = appEnv().PUBLIC_URL;
  if (configured) return new URL(configured).origin;
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost:3000";
  const proto = headers.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
