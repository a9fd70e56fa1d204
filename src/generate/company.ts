/**
 * Companies are a pure function of (seed, locale, index): no table grows with the row count, so a
 * 1M-row export streams in constant memory, and every contact at index i sees the same company,
 * domain and switchboard number (which is what makes colleagues look alike).
 */

import type { Locale, Spelling } from './compile-locale.ts';
import { landlineNumber, type PhoneDigits } from './phone.ts';
import { mix32, Prng } from './prng.ts';

export interface Company {
  index: number;
  /** Name without legal form ("Summit Logistics"). */
  base: Spelling;
  /** Legal-form template index into `Locale.legalForms`. */
  legalForm: number;
  /** Shown in native script (Greek, Cyrillic). */
  native: boolean;
  /** Registered name with legal form, as shown (precomputed: it is rendered on most rows). */
  name: string;
  /** Clean website URL. */
  website: string;
  domain: string;
  /** Work-email local-part pattern used by the whole company. */
  emailPattern: number;
  city: number;
  switchboard: PhoneDigits;
}

/** Distinct companies per locale; popularity is skewed so a few companies hold many contacts. */
export const COMPANY_POOL = 4000;

const BRAND_SUFFIXES = ['tech', 'soft', 'ex', 'on', 'ia', 'net', 'pro', 'is', 'lab', 'ix'];
const EMAIL_PATTERN_WEIGHTS = [50, 70, 82, 87, 92, 100];

function join(a: Spelling, b: Spelling, sep: string): Spelling {
  return {
    native: a.native + sep + b.native,
    latin: a.latin + sep + b.latin,
    plain: a.plain + sep + b.plain,
    slug: a.slug + b.slug,
  };
}

function brand(word: Spelling, rng: Prng): Spelling {
  const suffix = rng.pick(BRAND_SUFFIXES);
  const stem = word.plain.replace(/[^A-Za-z]/g, '');
  let head = stem.slice(0, Math.max(3, Math.min(6, stem.length)));
  // "Meridia" + "ia" would read "Meridiia": drop the stem's last letter when both meet on a vowel.
  if (/[aeiouy]$/i.test(head) && /^[aeiouy]/.test(suffix)) head = head.slice(0, -1);
  const name = head + suffix;
  return { native: name, latin: name, plain: name, slug: name.toLowerCase() };
}

function baseName(loc: Locale, rng: Prng): Spelling {
  const kind = rng.int(100);
  if (kind < 55) return join(rng.pick(loc.companyWords), rng.pick(loc.companyIndustries), ' ');
  if (kind < 80) return join(rng.pick(loc.surnames).male, rng.pick(loc.companyIndustries), ' ');
  return brand(rng.pick(loc.companyWords), rng);
}

function legalFormIndex(loc: Locale, rng: Prng): number {
  // The first listed form dominates (s.r.o., GmbH, Inc.), the rest share the remainder.
  return rng.chance(0.55) ? 0 : rng.int(loc.legalForms.length);
}

export function companyAt(loc: Locale, seedHash: number, index: number): Company {
  const rng = new Prng(mix32(seedHash ^ (loc.code.charCodeAt(0) * 31) ^ loc.code.charCodeAt(1), index));
  const base = baseName(loc, rng);
  const city = rng.int(loc.cities.length);
  const hyphen = rng.chance(0.15) && base.native.includes(' ');
  const slug = hyphen ? base.plain.toLowerCase().replace(/[^a-z0-9]+/g, '-') : base.slug;
  const domain = `${slug}.${rng.chance(0.75) ? loc.tld : 'com'}`;
  const legalForm = legalFormIndex(loc, rng);
  const native = loc.nativeScript > 0 && rng.chance(loc.nativeScript);
  const template = loc.legalForms[legalForm]!;
  return {
    index,
    base,
    legalForm,
    native,
    name: (native ? template[0] : template[1]).replace('{c}', native ? base.native : base.latin),
    domain,
    website: `https://www.${domain}`,
    emailPattern: rng.weighted(EMAIL_PATTERN_WEIGHTS),
    city,
    switchboard: landlineNumber(loc, loc.cities[city]!, rng),
  };
}

// One slot per company: at most 4,000 × 14 small objects, bounded whatever the row count.
const CACHE_SLOTS = 4096;

/**
 * Cache of `companyAt` per locale: each company is built once, memory stays bounded by the pool
 * (not the row count), and output is unchanged because `companyAt` is pure.
 */
export class CompanyCache {
  private readonly seedHash: number;
  private readonly slots: (Company | undefined)[][] = [];

  constructor(seedHash: number) {
    this.seedHash = seedHash;
  }

  get(loc: Locale, index: number): Company {
    let slots = this.slots[loc.ordinal];
    if (slots === undefined) {
      slots = new Array<Company | undefined>(CACHE_SLOTS).fill(undefined);
      this.slots[loc.ordinal] = slots;
    }
    const cached = slots[index & (CACHE_SLOTS - 1)];
    if (cached !== undefined && cached.index === index) return cached;
    const fresh = companyAt(loc, this.seedHash, index);
    slots[index & (CACHE_SLOTS - 1)] = fresh;
    return fresh;
  }
}

/** Popularity-skewed company index: density ∝ x^-1/2, so the top companies hold ~1–2 % each. */
export function pickCompanyIndex(rng: Prng): number {
  const u = rng.float();
  return Math.floor(COMPANY_POOL * u * u);
}

/** The company's display name with its legal form, in native or Latin script. */
export function companyName(loc: Locale, c: Company, form = c.legalForm, native = c.native): string {
  if (form === c.legalForm && native === c.native) return c.name;
  const template = loc.legalForms[form]!;
  return (native ? template[0] : template[1]).replace('{c}', native ? c.base.native : c.base.latin);
}
