/**
 * The top-level domains delegated in the DNS root zone, shared by every module that must tell a real
 * TLD (`.coop`, `.co`, `.cm`) from a typo (`.con`, `.cmo`) or an invented one. One list, so an email
 * and a website with the same domain always get the same answer.
 */
import { ASCII_TLDS, IDN_TLDS } from './iana-tlds.data.ts';

/** Every delegated TLD, lower-case ASCII; IDN TLDs in punycode (`xn--p1ai` for `.рф`). */
export const KNOWN_TLDS: ReadonlySet<string> = new Set([
  ...ASCII_TLDS.split(' '),
  ...IDN_TLDS.split(' ').map((label) => `xn--${label}`),
]);

/** True when `label` (lower-case ASCII, punycode for IDNs, no dot) is delegated in the root zone. */
export function isKnownTld(label: string): boolean {
  return KNOWN_TLDS.has(label);
}

/** The last label of a host name (`acme.co.uk` -> `uk`); the whole value when it has no dot. */
export function tldOf(host: string): string {
  return host.slice(host.lastIndexOf('.') + 1);
}
