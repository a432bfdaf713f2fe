// Tells public network addresses from the rest, reading them as the network stack will:
// "::ffff:127.0.0.1", "[::169.254.169.254]", "64:ff9b::a00:1" (NAT64) and "2002:7f00:1::" (6to4) are not public.
// Part of src/jobs: the SSRF guard of fetch.ts. Public: isPublicAddress(address).
import ipaddr from "ipaddr.js";

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** True for a globally routable unicast address; false for loopback, private, link-local, reserved, unparsable ... */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!ipaddr.isValid(bare)) return false;
  return isPublic(ipaddr.parse(bare));
}

function isPublic(ip: Address): boolean {
  if (ip.kind() === "ipv4") return ip.range() === "unicast";
  const v6 = ip as ipaddr.IPv6;
  const embedded = embeddedV4(v6);
  if (embedded === "refuse") return false;
  if (embedded) return isPublic(embedded);
  return v6.range() === "unicast";
}

/** The IPv4 address an IPv6 form carries ("::ffff:a.b.c.d", "::a.b.c.d", NAT64, 6to4), "refuse" for tunnels we cannot see through. */
function embeddedV4(v6: ipaddr.IPv6): ipaddr.IPv4 | "refuse" | null {
  const bytes = v6.toByteArray();
  const v4 = (from: number) => new ipaddr.IPv4(bytes.slice(from, from + 4));
  const zeros = (from: number, to: number) => bytes.slice(from, to).every((b) => b === 0);
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address();
  if (zeros(0, 12)) return v4(12); // IPv4-compatible "::a.b.c.d", and "::", "::1"
  if (zeros(0, 8) && bytes[8] === 0xff && bytes[9] === 0xff && zeros(10, 12)) return v4(12); // "::ffff:0:a.b.c.d" (SIIT)
  const range = v6.range();
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && (bytes[4] !== 0 || bytes[5] !== 0)) return "refuse"; // local-use NAT64 "64:ff9b:1::/48"
  if (range === "rfc6052") return v4(12); // NAT64 "64:ff9b::a.b.c.d"
  if (range === "6to4") return v4(2); // "2002:AABB:CCDD::"
  if (range === "teredo") return "refuse";
  return null;
}
