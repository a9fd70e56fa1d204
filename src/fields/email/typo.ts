/**
 * Domain typos. Policy (fix only what is certain, suggest the rest):
 *
 * | case                                                         | example        | action                |
 * |--------------------------------------------------------------|----------------|-----------------------|
 * | well-known provider name spelled right, TLD that does not    | gmail.con,     | fixed in `normalized` |
 * | exist and is one edit from the provider's TLD                | yahoo.cmo      |                       |
 * | one edit (incl. swapped letters) from a popular domain       | gmial.com,     | suggestion            |
 * |                                                              | hotmail.co     |                       |
 * | TLD that does not exist, one edit from a common TLD          | example.con    | suggestion            |
 * | provider name without dot or TLD                             | gmailcom,gmail | suggestion            |
 * | everything else, and every known provider domain             | mac.com, gm.com| left alone            |
 *
 * A mail to a non-existent TLD can never arrive, so when the rest is a well-known provider's name there
 * is no other reading. A TLD that exists (`.co`, `.cm`, `.om`) makes `gmail.co` a live — if squatted —
 * domain, so that stays a suggestion. Short provider names (`gmx`, `aol`, `web`, `wp`) are too close to
 * real domains (`gm.com`, `gmc.com`) to be typo targets; their TLD typos are still caught.
 */

import { isKnownTld } from '../tld/index.ts';
import { FREE_BRANDS, FREE_DOMAINS } from './providers.ts';

/** Provider name → its main TLD, for the certain fix. */
const AUTOFIX: ReadonlyMap<string, string> = new Map(
  Object.entries({
    gmail: 'com',
    googlemail: 'com',
    hotmail: 'com',
    outlook: 'com',
    yahoo: 'com',
    ymail: 'com',
    icloud: 'com',
    aol: 'com',
    msn: 'com',
    live: 'com',
    protonmail: 'com',
    btinternet: 'com',
    comcast: 'net',
    verizon: 'net',
    sbcglobal: 'net',
    bellsouth: 'net',
    seznam: 'cz',
    centrum: 'cz',
    interia: 'pl',
    yandex: 'ru',
    rambler: 'ru',
    wanadoo: 'fr',
    libero: 'it',
    otenet: 'gr',
  }),
);

/** Popular domains whose misspellings are worth a suggestion; first match wins. */
const TARGETS: readonly string[] = (
  'gmail.com googlemail.com hotmail.com outlook.com yahoo.com icloud.com hotmail.co.uk hotmail.fr ' +
  'hotmail.de hotmail.it hotmail.es yahoo.co.uk yahoo.fr yahoo.de yahoo.it yahoo.gr protonmail.com ' +
  'seznam.cz centrum.cz interia.pl yandex.ru rambler.ru orange.fr wanadoo.fr laposte.net libero.it ' +
  'virgilio.it comcast.net verizon.net sbcglobal.net bellsouth.net btinternet.com otenet.gr t-online.de ' +
  'freenet.de'
).split(' ');
const TARGET_SET: ReadonlySet<string> = new Set(TARGETS);

/** TLDs tried, in order, when a domain's TLD does not exist. */
const COMMON_TLDS: readonly string[] = (
  'com net org de cz pl fr it uk ru gr lt sk at ch nl be es eu info biz io co us ca se dk no fi pt hu ro ' +
  'bg ua lv ee'
).split(' ');

// Real ccTLDs one edit away from com/net: for a provider brand these are typos, not national domains.
const SUSPECT_TLDS: ReadonlySet<string> = new Set(['co', 'cm', 'om', 'ne', 'et']);

// `gmailcom` → gmail.com, `gmail` → gmail.com; reversed so that the first target of a name wins.
const SQUASHED: ReadonlyMap<string, string> = new Map(
  [...TARGETS]
    .reverse()
    .flatMap((t) => [[t.replaceAll('.', ''), t] as const, [t.slice(0, t.indexOf('.')), t] as const]),
);

/** The certain correction of `domain` (lower-case), or null. */
export function certainDomainFix(domain: string): string | null {
  const dot = domain.lastIndexOf('.');
  if (dot <= 0) return null;
  const tld = domain.slice(dot + 1);
  if (isKnownTld(tld)) return null;
  const expected = AUTOFIX.get(domain.slice(0, dot));
  return expected !== undefined && withinOneEdit(tld, expected)
    ? `${domain.slice(0, dot)}.${expected}`
    : null;
}

/** A likely intended domain for `domain` (lower-case ASCII), or null when it looks as meant. */
export function suggestDomain(domain: string): string | null {
  if (FREE_DOMAINS.has(domain) || TARGET_SET.has(domain)) return null;
  const dot = domain.lastIndexOf('.');
  if (dot === -1) return SQUASHED.get(domain) ?? null;
  const tld = domain.slice(dot + 1);
  if (!isKnownTld(tld)) return fixTld(domain.slice(0, dot), tld);
  if (isBrandDomain(domain, dot) && !SUSPECT_TLDS.has(tld)) return null;
  return nearestTarget(domain);
}

function fixTld(name: string, tld: string): string | null {
  const expected = AUTOFIX.get(name);
  if (expected !== undefined) return `${name}.${expected}`;
  if (tld.length < 2) return null;
  for (const candidate of COMMON_TLDS) {
    if (!withinOneEdit(tld, candidate)) continue;
    const fixed = `${name}.${candidate}`;
    return nearestTarget(fixed) ?? fixed;
  }
  return null;
}

function isBrandDomain(domain: string, lastDot: number): boolean {
  const first = domain.indexOf('.');
  return (
    FREE_BRANDS.has(domain.slice(0, first)) &&
    (first === lastDot || domain.indexOf('.', first + 1) === lastDot)
  );
}

function nearestTarget(domain: string): string | null {
  if (TARGET_SET.has(domain) || FREE_DOMAINS.has(domain)) return null;
  if (domain.indexOf('.') < 4) return null;
  for (const target of TARGETS) {
    if (Math.abs(target.length - domain.length) <= 1 && withinOneEdit(domain, target)) return target;
  }
  return null;
}

/**
 * True when `a` and `b` differ by at most one insertion, deletion, substitution or swap of two
 * neighbouring characters (optimal string alignment distance ≤ 1). Linear, no allocation.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la > lb) return sameFrom(a, i + 1, b, i);
  if (lb > la) return sameFrom(a, i, b, i + 1);
  if (sameFrom(a, i + 1, b, i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && sameFrom(a, i + 2, b, i + 2);
}

function sameFrom(a: string, ai: number, b: string, bi: number): boolean {
  if (a.length - ai !== b.length - bi) return false;
  for (; ai < a.length; ai++, bi++) if (a[ai] !== b[bi]) return false;
  return true;
}
