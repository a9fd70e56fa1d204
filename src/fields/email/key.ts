import { PLUS_ADDRESSING } from './providers.ts';

const MICROSOFT = /^(?:hotmail|outlook|live)\.[a-z.]+$/;

/**
 * The canonical matching key of an address: two addresses with the same key reach the same mailbox
 * as far as we can tell offline. Lower-case throughout — the local part is case-sensitive on paper
 * (RFC 5321 §2.4) but no provider we know of treats it so. Gmail ignores dots and `googlemail.com` is
 * `gmail.com`. A `+tag` is dropped only where the provider documents sub-addressing (providers.ts):
 * on other servers `a+b@` may be a different person, and a false merge costs more than a missed one.
 */
export function emailKey(address: string): string {
  const lower = address.toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at <= 0 || lower.startsWith('"')) return lower;
  const gmail = lower.endsWith('@gmail.com') || lower.endsWith('@googlemail.com');
  const plus = lower.indexOf('+');
  const untagged = plus > 0 && plus < at && subAddressing(lower.slice(at + 1)) ? plus : at;
  // Most addresses are their own key: no copy unless a rule applies.
  if (!gmail && untagged === at) return lower;
  const local = lower.slice(0, untagged);
  return gmail ? `${local.replaceAll('.', '')}@gmail.com` : `${local}${lower.slice(at)}`;
}

function subAddressing(domain: string): boolean {
  return PLUS_ADDRESSING.has(domain) || MICROSOFT.test(domain);
}
