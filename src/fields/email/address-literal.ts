import type { Diagnosis } from './syntax-levels.ts';
import { LEVEL } from './syntax-levels.ts';

// RFC 5321 §4.1.3: an IPv4 literal may close an IPv6 literal ("IPv6v4"), so match it at the end.
const IPV4_TAIL = /\b(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)$/;
const HEX_GROUP = /^[a-fA-F\d]{0,4}$/;

function worse(a: Diagnosis, b: Diagnosis): Diagnosis {
  return LEVEL[b] > LEVEL[a] ? b : a;
}

/**
 * Diagnose the inside of a domain literal (`[...]`) the way is_email does: a plain IPv4 address or an
 * `IPv6:` address per RFC 5321 §4.1.3 is an address literal (legal but unusual); anything else is only an
 * RFC 5322 domain literal.
 */
export function checkAddressLiteral(literal: string): Diagnosis {
  let address = literal;
  const ipv4 = IPV4_TAIL.exec(address);
  if (ipv4) {
    if (ipv4.index === 0) return 'rfc5321_address_literal';
    // The IPv4 tail counts as two IPv6 groups.
    address = `${address.slice(0, ipv4.index)}0:0`;
  }
  if (address.slice(0, 5).toLowerCase() !== 'ipv6:') return 'rfc5322_domain_literal';
  const ip = address.slice(5);
  return worse(groupCount(ip), groupShape(ip));
}

function groupCount(ip: string): Diagnosis {
  const groups = ip.split(':').length;
  const compressed = ip.indexOf('::');
  if (compressed === -1) return groups === 8 ? 'valid' : 'rfc5322_ipv6_grpcount';
  if (compressed !== ip.lastIndexOf('::')) return 'rfc5322_ipv6_2x2xcolon';
  // RFC 4291 allows "::" at either end with seven groups besides it.
  const max = compressed === 0 || compressed === ip.length - 2 ? 9 : 8;
  if (groups > max) return 'rfc5322_ipv6_maxgrps';
  // "::" standing for a single zero group (RFC 5952 §4.2.2 says not to).
  return groups === max ? 'rfc5321_ipv6_deprecated' : 'valid';
}

function groupShape(ip: string): Diagnosis {
  if (ip[0] === ':' && ip[1] !== ':') return 'rfc5322_ipv6_colonstrt';
  if (ip.at(-1) === ':' && ip.at(-2) !== ':') return 'rfc5322_ipv6_colonend';
  for (const group of ip.split(':')) if (!HEX_GROUP.test(group)) return 'rfc5322_ipv6_badchar';
  return 'rfc5321_address_literal';
}
