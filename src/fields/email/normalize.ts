/**
 * Certain fixes of an email value. Each one changes only how the address is written, never which
 * mailbox it names: white space and invisible characters around it, a `mailto:` prefix, a display
 * name (`John <j@x.com>`) or wrapping quotes, trailing `.`/`,`/`;` from the sentence it was pasted from,
 * the domain's case (RFC 5321 §2.4: domains are case-insensitive; the local part is not, so it keeps
 * its case), Unicode domains to punycode (IDNA via WHATWG URL) and the local part to NFC (RFC 6532 §3.1).
 * The one exception is a provider typo that cannot mean anything else (see typo.ts), which the
 * `autoFixTypos` option turns off.
 */
import { domainToASCII } from 'node:url';
import { certainDomainFix } from './typo.ts';

// Already clean: dot-atom, lower-case LDH domain without trailing dot. Most CRM values take this path.
const CLEAN =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const MAILTO = /^mailto:/i;
// A domain we may rewrite: no comment, literal, quote, escape or white space in it.
const PLAIN_DOMAIN = /^[^\s()[\]"\\@]+$/;
const NON_ASCII = /[^\x00-\x7F]/;
const UPPER = /[A-Z]/;
const QUOTES: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ["'", "'"],
  ['“', '”'],
  ['„', '“'],
  ['‘', '’'],
  ['«', '»'],
];

export interface EmailNormalizerOptions {
  /** Apply the certain provider-typo fix (`gmail.con` → `gmail.com`). Default true. */
  autoFixTypos?: boolean;
}

export function emailNormalizer(options: EmailNormalizerOptions = {}): (value: string) => string {
  const autoFix = options.autoFixTypos ?? true;
  return function normalizeEmail(value: string): string {
    const cleaned = cleanEmail(value);
    return autoFix ? fixDomainTypo(cleaned) : cleaned;
  };
}

/** Certain fixes, including the certain provider typo fix. Idempotent. */
export const normalizeEmail: (value: string) => string = emailNormalizer();

/** The certain fixes without the typo fix. Idempotent. */
export function cleanEmail(value: string): string {
  if (CLEAN.test(value)) return value;
  let current = value;
  // Each pass can expose the next layer (`mailto:<a@b.com>;`); four passes reach the fixed point.
  for (let pass = 0; pass < 4; pass++) {
    const next = cleanOnce(current);
    // A clean value is a fixed point of cleanOnce: no need to run a pass to see it unchanged.
    if (next === current || CLEAN.test(next)) return next;
    current = next;
  }
  return current;
}

/** Apply the certain provider typo fix to the domain of `address`, if there is one. */
export function fixDomainTypo(address: string): string {
  const at = address.lastIndexOf('@');
  if (at === -1) return address;
  const fixed = certainDomainFix(address.slice(at + 1));
  return fixed === null ? address : `${address.slice(0, at + 1)}${fixed}`;
}

function cleanOnce(value: string): string {
  let s = value.replace(INVISIBLE, '').trim();
  if (MAILTO.test(s)) s = stripMailto(s);
  return caseAndScript(stripTrailingJunk(unwrap(s)));
}

/** Drop `.`, `,`, `;` at the end (a loop: `/[.,;]+$/` is quadratic on a long run of dots). */
function stripTrailingJunk(s: string): string {
  let end = s.length;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (c !== 46 && c !== 44 && c !== 59) break;
    end--;
  }
  return end === s.length ? s : s.slice(0, end);
}

/** RFC 6068: the address ends where the `?` of the header fields begins. */
function stripMailto(s: string): string {
  const rest = s.slice(7);
  const query = rest.indexOf('?');
  return (query === -1 ? rest : rest.slice(0, query)).trim();
}

/** `Name <a@b.com>` → `a@b.com`; `"a@b.com"` → `a@b.com`. A name holding another address stays. */
function unwrap(s: string): string {
  if (s.endsWith('>')) {
    const open = s.lastIndexOf('<');
    const inner = s.slice(open + 1, -1).trim();
    if (open !== -1 && inner.includes('@')) {
      const name = s.slice(0, open).trim();
      if (!name.includes('@') || unquote(name).toLowerCase() === inner.toLowerCase()) return inner;
    }
  }
  for (const [open, close] of QUOTES) {
    if (s.length > 2 && s.startsWith(open) && s.endsWith(close)) {
      const inner = s.slice(open.length, -close.length);
      if (inner.includes('@') && !inner.includes(open) && !inner.includes(close)) return inner.trim();
    }
  }
  return s;
}

function unquote(s: string): string {
  return s.length >= 2 && (s[0] === '"' || s[0] === "'") && s.at(-1) === s[0] ? s.slice(1, -1) : s;
}

function caseAndScript(s: string): string {
  const at = s.lastIndexOf('@');
  if (at <= 0) return s;
  let local = s.slice(0, at);
  let domain = s.slice(at + 1);
  if (NON_ASCII.test(local)) local = local.normalize('NFC');
  if (PLAIN_DOMAIN.test(domain)) {
    if (NON_ASCII.test(domain)) domain = domainToASCII(domain) || domain;
    else if (UPPER.test(domain)) domain = domain.toLowerCase();
  }
  return `${local}@${domain}`;
}
