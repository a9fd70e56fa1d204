/**
 * The kinds of dirt a record can carry, their default rates, and the string mutators that inject
 * them. Rates are per record that has the affected field, at `dirt = 1`; `dirt` scales them linearly.
 */

import type { Prng } from './prng.ts';
import {
  DOMAIN_TYPOS,
  INVISIBLES,
  KEYBOARD_ROWS,
  NAME_JUNK_PREFIX,
  NAME_JUNK_SUFFIX,
  STRAY_SPACES,
} from './vocab.ts';

export const DIRT_KINDS = [
  'emailTypo',
  'emailDisposable',
  'emailRole',
  'emailCase',
  'testRecord',
  'keyboardMash',
  'nameCase',
  'nameJunk',
  'placeholder',
  'fullNameInFirst',
  'phoneFormat',
  'phoneFake',
  'countryVariant',
  'stateVariant',
  'cityVariant',
  'postcodeVariant',
  'streetVariant',
  'companyVariant',
  'titleVariant',
  'picklistVariant',
  'websiteVariant',
  'dateFormat',
  'whitespace',
  'zeroWidth',
  'stale',
] as const;

export type DirtKind = (typeof DIRT_KINDS)[number];
export type DirtRates = Record<DirtKind, number>;

/** Bit of each kind in a record's dirt mask (bit i = DIRT_KINDS[i]; a literal for fast property access). */
export const DIRT_BIT: Readonly<Record<DirtKind, number>> = {
  emailTypo: 1,
  emailDisposable: 2,
  emailRole: 4,
  emailCase: 8,
  testRecord: 16,
  keyboardMash: 32,
  nameCase: 64,
  nameJunk: 128,
  placeholder: 256,
  fullNameInFirst: 512,
  phoneFormat: 1024,
  phoneFake: 2048,
  countryVariant: 4096,
  stateVariant: 8192,
  cityVariant: 16384,
  postcodeVariant: 32768,
  streetVariant: 65536,
  companyVariant: 131072,
  titleVariant: 262144,
  picklistVariant: 524288,
  websiteVariant: 1048576,
  dateFormat: 2097152,
  whitespace: 4194304,
  zeroWidth: 8388608,
  stale: 16777216,
};

/** Rates at `dirt = 1` (a very dirty CRM). The default `dirt = 0.5` halves them. */
export const MAX_DIRT_RATES: Readonly<DirtRates> = {
  emailTypo: 0.12,
  emailDisposable: 0.06,
  emailRole: 0.06,
  emailCase: 0.2,
  testRecord: 0.03,
  keyboardMash: 0.02,
  nameCase: 0.2,
  nameJunk: 0.06,
  placeholder: 0.08,
  fullNameInFirst: 0.04,
  phoneFormat: 1,
  phoneFake: 0.06,
  countryVariant: 0.8,
  stateVariant: 0.6,
  cityVariant: 0.3,
  postcodeVariant: 0.2,
  streetVariant: 0.3,
  companyVariant: 0.6,
  titleVariant: 0.8,
  picklistVariant: 0.8,
  websiteVariant: 0.8,
  dateFormat: 0.3,
  whitespace: 0.2,
  zeroWidth: 0.04,
  stale: 0.5,
};

export function dirtNames(mask: number): DirtKind[] {
  return DIRT_KINDS.filter((k) => (mask & DIRT_BIT[k]) !== 0);
}

function typoDomain(domain: string, rng: Prng): string {
  const known = DOMAIN_TYPOS[domain];
  if (known !== undefined) return rng.pick(known);
  const dot = domain.lastIndexOf('.');
  if (dot < 2) return `${domain}m`;
  const i = rng.int(dot - 1);
  return domain.slice(0, i) + domain[i + 1] + domain[i] + domain.slice(i + 2);
}

/** One realistic typo or formatting accident in an email address. */
export function emailTypo(email: string, rng: Prng): string {
  const at = email.indexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  switch (rng.int(12)) {
    case 0:
    case 1:
    case 2:
      return `${local}@${typoDomain(domain, rng)}`;
    case 3:
      return local + domain;
    case 4:
      return `${local}@@${domain}`;
    case 5:
      return `${local} @${domain}`;
    case 6:
      return `${email}.`;
    case 7:
      return `${local}@${domain.replace(/\.(?=[^.]*$)/, ',')}`;
    case 8:
      return `${local}@${domain.replace(/\.(?=[^.]*$)/, '')}`;
    case 9:
      return `mailto:${email}`;
    case 10:
      return `${email};`;
    default:
      return `${local}.@${domain}`;
  }
}

/** Upper-cased email: "Jan.Novak@Seznam.CZ" or "JAN.NOVAK@SEZNAM.CZ" (valid, but not normalized). */
export function emailCase(email: string, rng: Prng): string {
  if (rng.chance(0.4)) return email.toUpperCase();
  let out = '';
  let capital = true;
  for (const ch of email) {
    out += capital ? ch.toUpperCase() : ch;
    capital = ch === '.' || ch === '@' || ch === '_';
  }
  return out;
}

const GREEK = /[\u0370-\u03ff]/;

/** Upper case as people type it; Greek capitals drop the tonos ("Κρήτη" → "ΚΡΗΤΗ", not "ΚΡΉΤΗ"). */
export function upper(value: string): string {
  const up = value.toUpperCase();
  return GREEK.test(up)
    ? up
        .normalize('NFD')
        .replace(/[\u0301\u0308]/g, '')
        .normalize('NFC')
    : up;
}

export function nameJunk(name: string, rng: Prng): string {
  return rng.chance(0.6) ? name + rng.pick(NAME_JUNK_SUFFIX) : rng.pick(NAME_JUNK_PREFIX) + name;
}

export function keyboardMash(rng: Prng): string {
  const row = rng.pick(KEYBOARD_ROWS);
  const start = rng.int(row.length - 3);
  const piece = row.slice(start, start + rng.range(3, 6));
  return rng.chance(0.3) ? piece + piece : piece;
}

export function strayWhitespace(value: string, rng: Prng): string {
  const space = rng.pick(STRAY_SPACES);
  switch (rng.int(4)) {
    case 0:
      return space + value;
    case 1:
      return value + space;
    case 2: {
      const i = value.indexOf(' ');
      return i > 0 ? `${value.slice(0, i)}  ${value.slice(i + 1)}` : ` ${value} `;
    }
    default:
      return ` ${value}${space}`;
  }
}

export function insertInvisible(value: string, rng: Prng): string {
  let i = rng.int(value.length + 1);
  // Never between the two halves of a surrogate pair (an emoji): that would write invalid UTF-16.
  if (i > 0 && i < value.length && (value.charCodeAt(i) & 0xfc00) === 0xdc00) i--;
  return value.slice(0, i) + rng.pick(INVISIBLES) + value.slice(i);
}

const NEIGHBOURS: Readonly<Record<string, string>> = {
  a: 's',
  s: 'a',
  d: 'f',
  e: 'r',
  r: 'e',
  i: 'o',
  o: 'i',
  n: 'm',
  m: 'n',
  t: 'r',
  l: 'k',
  k: 'l',
  u: 'z',
};

/** A one-edit typo (transposition, deletion, doubling or neighbouring key) that changes the value. */
export function typo(value: string, rng: Prng): string {
  if (value.length < 3) return `${value}${value.at(-1) ?? 'x'}`;
  const i = rng.range(1, value.length - 2);
  const ch = value[i]!;
  switch (rng.int(4)) {
    case 0:
      if (value[i + 1] !== ch) return value.slice(0, i) + value[i + 1] + ch + value.slice(i + 2);
      return value.slice(0, i) + value.slice(i + 1);
    case 1:
      return value.slice(0, i) + value.slice(i + 1);
    case 2:
      return value.slice(0, i) + ch + value.slice(i);
    default: {
      const n = NEIGHBOURS[ch.toLowerCase()];
      return n !== undefined
        ? value.slice(0, i) + n + value.slice(i + 1)
        : value.slice(0, i) + ch + value.slice(i);
    }
  }
}
