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
  let local = lower.slice(0, at);
  let domain = lower.slice(at + 1);
  if (domain === 'googlemail.com') domain = 'gmail.com';
  if (PLUS_ADDRESSING.has(domain) || MICROSOFT.test(domain)) {
    const plus = local.indexOf('+');
    if (plus > 0) local = local.slice(0, plus);
  }
  if (domain === 'gmail.com') local = local.replaceAll('.', '');
  return `${local}@${domain}`;
}
