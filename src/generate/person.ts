/**
 * A person is the clean truth behind one or more CRM records: who they are, where they work, how to
 * reach them. Records are rendered from persons (render-row.ts); duplicates are altered copies
 * (variations.ts).
 */

import { type Company, type CompanyCache, pickCompanyIndex } from './company.ts';
import type { Locale, Spelling, Surname } from './compile-locale.ts';
import { personalEmail, workEmail } from './emails.ts';
import { landlineNumber, mobileNumber, type PhoneDigits } from './phone.ts';
import type { Prng } from './prng.ts';
import { cumulate } from './prng.ts';
import {
  LEAD_SOURCES,
  LEAD_STATUS_WEIGHTS,
  LIFECYCLE_WEIGHTS,
  OWNERS,
  TIER_WEIGHTS,
  TITLE_KEYS,
} from './vocab.ts';

/** Optional fields a person has at all (bit set = filled). Fill rates are per person, not per record. */
export const HAS = {
  email: 1,
  phone: 2,
  mobile: 4,
  company: 8,
  website: 16,
  title: 32,
  country: 64,
  state: 128,
  city: 256,
  postcode: 512,
  street: 1024,
  leadSource: 2048,
  lifecycle: 4096,
  owner: 8192,
  lastActivity: 16384,
  newsletter: 32768,
  tier: 65536,
  lastName: 131072,
} as const;

export interface Person {
  entity: number;
  loc: Locale;
  female: boolean;
  first: Spelling;
  last: Spelling;
  surname: Surname;
  /** Names written in the native script (Greek, Cyrillic). */
  native: boolean;
  /** First and last name swapped in the record (a duplicate variation). */
  swapped: boolean;
  company: Company | null;
  /** 0 as registered, 1 without legal form, 2 upper-case short name, 3 another legal form spelling. */
  companyStyle: number;
  title: number;
  /** Native-language title, or '' to use the English one. */
  nativeTitle: string;
  city: number;
  street: string;
  streetLatin: string;
  postcode: string;
  personalEmail: string;
  workEmail: string;
  /** Which email the record shows. */
  useWorkEmail: boolean;
  phone: PhoneDigits;
  mobile: PhoneDigits;
  /** Phone style forced by a duplicate variation; -1 lets dirt decide. */
  phoneStyle: number;
  leadSource: number;
  stage: number;
  status: number;
  owner: number;
  created: number;
  updated: number;
  lastActivity: number;
  stale: boolean;
  newsletter: boolean;
  tier: number;
  has: number;
}

export interface FillRates {
  email: number;
  phone: number;
  mobile: number;
  company: number;
  website: number;
  title: number;
  country: number;
  city: number;
  postcode: number;
  street: number;
  leadSource: number;
  lifecycle: number;
  owner: number;
  lastActivity: number;
  newsletter: number;
  tier: number;
  lastName: number;
}

/**
 * Typical fill rates of a B2B CRM export (share of contacts that have the field at all). Address
 * parts nest: `postcode` is the share of people with a city who also have a postcode, `street` the
 * share of those with a postcode who also have a street; `website` applies to people with a company.
 */
export const DEFAULT_FILL_RATES: Readonly<FillRates> = {
  email: 0.93,
  phone: 0.55,
  mobile: 0.35,
  company: 0.82,
  website: 0.55,
  title: 0.6,
  country: 0.75,
  city: 0.6,
  postcode: 0.7,
  street: 0.6,
  leadSource: 0.7,
  lifecycle: 0.92,
  owner: 0.8,
  lastActivity: 0.75,
  newsletter: 0.6,
  tier: 0.3,
  lastName: 0.97,
};

const LIFECYCLE_CUM = cumulate(LIFECYCLE_WEIGHTS);
const STATUS_CUM = cumulate(LEAD_STATUS_WEIGHTS);
const TIER_CUM = cumulate(TIER_WEIGHTS);
const DAY = 86_400_000;
const YEAR = 365 * DAY;

export interface PersonContext {
  seedHash: number;
  companies: CompanyCache;
  now: number;
  fill: Readonly<FillRates>;
  staleRate: number;
  /** Addresses handed out so far: a mailbox belongs to one person (households share one by design). */
  mailboxes: Set<string>;
}

/** Past this many addresses uniqueness is no longer enforced, so memory stays bounded on huge runs. */
const MAILBOX_REGISTRY_LIMIT = 5_000_000;

/**
 * A mail server gives a taken address to nobody else: the second "jan.novak@gmail.com" becomes
 * "jan.novak7@gmail.com", the second "j.smith@acme.com" "j.smith2@acme.com".
 */
export function claimMailbox(ctx: PersonContext, address: string, rng: Prng): string {
  let out = address;
  const at = address.lastIndexOf('@');
  for (let n = 2; ctx.mailboxes.has(out); n++)
    out = `${address.slice(0, at)}${n < 10 ? n : rng.range(10, 9999)}${address.slice(at)}`;
  if (ctx.mailboxes.size < MAILBOX_REGISTRY_LIMIT) ctx.mailboxes.add(out);
  return out;
}

function fillTemplate(parts: readonly string[], street: string, n: number, m: number): string {
  let out = '';
  for (const part of parts) out += part === '{s}' ? street : part === '{n}' ? n : part === '{m}' ? m : part;
  return out;
}

const POSTCODE_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
export function postcodeFrom(pattern: string, rng: Prng): string {
  let out = '';
  for (const ch of pattern) {
    out +=
      ch === '#' ? String.fromCharCode(48 + rng.int(10)) : ch === '@' ? POSTCODE_LETTERS[rng.int(20)] : ch;
  }
  return out;
}

/** Sets city, postcode and street; also used when a duplicate "moved". */
export function placePerson(p: Person, city: number, rng: Prng): void {
  const loc = p.loc;
  const templateIndex = rng.int(loc.streetTemplates.length);
  const street = rng.pick(loc.streets);
  p.city = city;
  p.postcode = postcodeFrom(loc.cities[city]!.postcode, rng);
  const n = rng.range(1, 180);
  const m = rng.range(1, 9);
  p.street = fillTemplate(loc.streetTemplates[templateIndex]!, street.native, n, m);
  p.streetLatin =
    loc.nativeScript > 0
      ? fillTemplate(loc.streetTemplatesLatin[templateIndex]!, street.latin, n, m)
      : p.street;
}

function hasBits(fill: Readonly<FillRates>, loc: Locale, hasCompany: boolean, rng: Prng): number {
  let has = 0;
  if (rng.chance(fill.email)) has |= HAS.email;
  if (rng.chance(fill.phone)) has |= HAS.phone;
  if (rng.chance(fill.mobile)) has |= HAS.mobile;
  if (hasCompany) has |= HAS.company;
  if (hasCompany && rng.chance(fill.website)) has |= HAS.website;
  if (rng.chance(fill.title)) has |= HAS.title;
  if (rng.chance(fill.country)) has |= HAS.country;
  // Address parts nest: a street without a city is rare in real exports.
  if (rng.chance(fill.city)) {
    has |= HAS.city;
    if (rng.chance(loc.stateFill)) has |= HAS.state;
    if (rng.chance(fill.postcode)) {
      has |= HAS.postcode;
      if (rng.chance(fill.street)) has |= HAS.street;
    }
  }
  if (rng.chance(fill.leadSource)) has |= HAS.leadSource;
  if (rng.chance(fill.lifecycle)) has |= HAS.lifecycle;
  if (rng.chance(fill.owner)) has |= HAS.owner;
  if (rng.chance(fill.lastActivity)) has |= HAS.lastActivity;
  if (rng.chance(fill.newsletter)) has |= HAS.newsletter;
  if (rng.chance(fill.tier)) has |= HAS.tier;
  if (rng.chance(fill.lastName)) has |= HAS.lastName;
  return has;
}

/** Sets created/updated/last-activity; stale persons went quiet years ago. */
export function datePerson(p: Person, ctx: PersonContext, rng: Prng): void {
  p.stale = rng.chance(ctx.staleRate);
  if (p.stale) {
    p.created = ctx.now - rng.range(4 * 365, 12 * 365) * DAY - rng.int(DAY);
    p.lastActivity = p.created + rng.int(Math.max(1, ctx.now - 3 * YEAR - p.created));
    p.updated = p.lastActivity + rng.int(60 * DAY);
  } else {
    p.created = ctx.now - rng.range(20, 7 * 365) * DAY - rng.int(DAY);
    p.lastActivity = ctx.now - rng.int(Math.min(ctx.now - p.created, 400 * DAY));
    p.updated = Math.min(ctx.now, p.lastActivity + rng.int(30 * DAY));
  }
}

const NO_PHONE: PhoneDigits = { nsn: '', area: 0, canonical: '' };

export function newPerson(entity: number, loc: Locale, ctx: PersonContext, rng: Prng): Person {
  const female = rng.chance(0.5);
  const surname = rng.pick(loc.surnames);
  const hasCompany = rng.chance(ctx.fill.company);
  const company = hasCompany ? ctx.companies.get(loc, pickCompanyIndex(rng)) : null;
  const city = company !== null && rng.chance(0.7) ? company.city : rng.int(loc.cities.length);
  const has = hasBits(ctx.fill, loc, hasCompany, rng);
  // Values the person does not have are not drawn at all: a third of the per-row cost saved.
  const p: Person = {
    entity,
    loc,
    female,
    first: rng.pick(female ? loc.female : loc.male),
    last: female ? rng.pick(surname.female) : surname.male,
    surname,
    native: loc.nativeScript > 0 && rng.chance(loc.nativeScript),
    swapped: false,
    company,
    companyStyle: 0,
    title: rng.int(TITLE_KEYS.length),
    nativeTitle: loc.titles.length > 0 && rng.chance(0.35) ? rng.pick(loc.titles)[0] : '',
    city,
    street: '',
    streetLatin: '',
    postcode: '',
    personalEmail: '',
    workEmail: '',
    useWorkEmail: company !== null && rng.chance(0.75),
    phone:
      (has & HAS.phone) === 0
        ? NO_PHONE
        : company !== null && rng.chance(0.5)
          ? company.switchboard
          : landlineNumber(loc, loc.cities[city]!, rng),
    mobile: (has & HAS.mobile) === 0 ? NO_PHONE : mobileNumber(loc, rng),
    phoneStyle: -1,
    leadSource: rng.int(LEAD_SOURCES.length),
    stage: rng.weighted(LIFECYCLE_CUM),
    status: rng.weighted(STATUS_CUM),
    owner: rng.int(OWNERS.length),
    created: 0,
    updated: 0,
    lastActivity: 0,
    stale: false,
    newsletter: rng.chance(0.55),
    tier: rng.weighted(TIER_CUM),
    has,
  };
  if (has & HAS.city) placePerson(p, city, rng);
  datePerson(p, ctx, rng);
  if (has & HAS.email) {
    p.personalEmail = claimMailbox(ctx, personalEmail(loc, p.first.slug, p.last.slug, rng), rng);
    if (company !== null) p.workEmail = claimMailbox(ctx, workEmail(company, p.first.slug, p.last.slug), rng);
  }
  return p;
}
