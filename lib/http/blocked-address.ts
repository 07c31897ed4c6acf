import ipaddr from "ipaddr.js";

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;

/**
 * Addresses a journey's HTTP request may not reach: everything but public unicast.
 * Ranges come from ipaddr.js (loopback, private, link-local where cloud metadata lives,
 * carrier-grade NAT, reserved, multicast, unique-local …), not from patterns of our own:
 * Node hands the socket IPv6 in forms that hand-written patterns miss
 * (`::ffff:7f00:1` for `::ffff:127.0.0.1`). An IPv6 address that carries an IPv4 one
 * (mapped, compatible, NAT64, 6to4) is judged by the IPv4 address it reaches.
 */
export function isBlockedAddress(address: string): boolean {
  const literal = address.replace(/^\[|\]$/g, "");
  if (!ipaddr.isValid(literal)) return true;
  const ip = ipaddr.parse(literal);
  if (ip.kind() === "ipv4") return (ip as IPv4).range() !== "unicast";
  const v6 = ip as IPv6;
  const embedded = embeddedIPv4(v6);
  if (embedded) return embedded.range() !== "unicast";
  return v6.range() !== "unicast";
}

/** The IPv4 address an IPv6 one stands for, in the forms that route to IPv4. */
function embeddedIPv4(ip: IPv6): IPv4 | null {
  const parts = ip.parts;
  const fromWords = (high: number, low: number) => new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
  switch (ip.range()) {
    case "ipv4Mapped": // ::ffff:a.b.c.d
    case "rfc6145": // ::ffff:0:a.b.c.d
    case "rfc6052": // 64:ff9b::a.b.c.d, NAT64
      return fromWords(parts[6], parts[7]);
    case "6to4": // 2002:aabb:ccdd::
      return fromWords(parts[1], parts[2]);
  }
  // IPv4-compatible ::a.b.c.d (deprecated, but still routed by some stacks); :: and ::1 are not.
  const compatible = parts.slice(0, 6).every((p) => p === 0) && (parts[6] !== 0 || parts[7] > 1);
  return compatible ? fromWords(parts[6], parts[7]) : null;
}
