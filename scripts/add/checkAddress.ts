/** Which addresses `npm run add` may connect to: public unicast only, unless private ones are allowed. */
import ipaddr from 'ipaddr.js';

/** Why an address is refused ("loopback", "private"…), or undefined when it is a public unicast address. */
export function refusedRange(address: string): string | undefined {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address.replace(/^\[|\]$/g, ''));
  } catch {
    return 'not an IP address';
  }
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  return range === 'unicast' ? undefined : range;
}

/** A host name that is an IP address literal ("127.0.0.1", "[::1]"), which is connected to without a DNS look-up. */
export function ipLiteral(hostname: string): string | undefined {
  const bare = hostname.replace(/^\[|\]$/g, '');
  return ipaddr.isValid(bare) ? bare : undefined;
}
