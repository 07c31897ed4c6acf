import { isIP } from "node:net";

/**
 * Addresses a journey's HTTP request may not reach: loopback, private, link-local (cloud
 * metadata lives at 169.254.169.254), carrier-grade NAT, multicast, unspecified, and
 * IPv6 unique-local / link-local, including IPv4 written inside IPv6.
 */
export function isBlockedAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 4) return blockedV4(address);
  if (version === 6) {
    const lower = address.toLowerCase();
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
    if (mapped) return blockedV4(mapped[1]);
    if (lower === "::" || lower === "::1") return true;
    return /^(fc|fd|fe8|fe9|fea|feb|ff)/.test(lower.replace(/^0+/, ""));
  }
  return true;
}

function blockedV4(address: string) {
  const [a, b] = address.split(".").map(Number);
  return (
    a === 0 || a === 10 || a === 127 || a >= 224 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0) ||
    (a === 198 && (b === 18 || b === 19))
  );
}
