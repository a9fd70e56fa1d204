/**
 * Duplicates: altered copies of a person, each alteration ("variation") recorded as ground truth.
 * Variations come in groups that touch different fields, and a duplicate takes at most one variation
 * per group, so every planted variation stays visible in the rendered record.
 */

import { COMPANY_POOL, type Company, pickCompanyIndex } from './company.ts';
import { spell } from './compile-locale.ts';
import { typo } from './dirt.ts';
import { personalEmail, workEmail } from './emails.ts';
import { HAS, type Person, type PersonContext, placePerson } from './person.ts';
import { PHONE_STYLES } from './phone.ts';
import type { Prng } from './prng.ts';
import { romanizationVariant, stripDiacritics } from './translit.ts';
import { LEAD_SOURCES, TITLE_KEYS } from './vocab.ts';

export const VARIATIONS = [
  'nickname',
  'nameTypo',
  'transliteration',
  'diacriticsDropped',
  'swappedNames',
  'emailSwitched',
  'emailChanged',
  'phoneMissing',
  'phoneReformatted',
  'companyLegalForm',
  'employerChanged',
  'titleChanged',
  'movedCity',
  'sparse',
] as const;
export type Variation = (typeof VARIATIONS)[number];

const GROUPS: readonly (readonly Variation[])[] = [
  ['nickname', 'nameTypo', 'transliteration', 'diacriticsDropped', 'swappedNames'],
  ['emailSwitched', 'emailChanged'],
  ['phoneMissing', 'phoneReformatted'],
  ['companyLegalForm', 'employerChanged'],
  ['titleChanged'],
  ['movedCity'],
  ['sparse'],
];
const SPARSE_GROUP = 6;
// A sparse web-form duplicate has no phone, company, title or address to vary.
const SPARSE_CONFLICTS = new Set([2, 3, 4, 5]);

function displayed(p: Person): [string, string] {
  return p.native ? [p.first.native, p.last.native] : [p.first.latin, p.last.latin];
}

export function applicable(p: Person, v: Variation): boolean {
  const has = p.has;
  switch (v) {
    case 'nickname':
      return p.loc.nicknames.has(p.first.native);
    case 'transliteration':
      return p.loc.nativeScript > 0;
    case 'diacriticsDropped': {
      const [f, l] = displayed(p);
      return stripDiacritics(f) !== f || ((has & HAS.lastName) !== 0 && stripDiacritics(l) !== l);
    }
    case 'swappedNames':
      return (has & HAS.lastName) !== 0;
    case 'emailSwitched':
      return (has & HAS.email) !== 0 && p.workEmail !== '';
    case 'emailChanged':
      return (has & HAS.email) !== 0;
    case 'phoneMissing':
    case 'phoneReformatted':
      return (has & (HAS.phone | HAS.mobile)) !== 0;
    case 'companyLegalForm':
    case 'employerChanged':
      return p.company !== null;
    case 'titleChanged':
      return (has & HAS.title) !== 0;
    case 'movedCity':
      return (has & HAS.city) !== 0;
    default:
      return true;
  }
}

export function otherCompany(p: Person, ctx: PersonContext, rng: Prng): Company {
  let index = pickCompanyIndex(rng);
  if (index === p.company?.index) index = (index + 1) % COMPANY_POOL;
  return ctx.companies.get(p.loc, index);
}

function changeName(d: Person, v: Variation, rng: Prng): void {
  if (v === 'nickname') d.first = rng.pick(d.loc.nicknames.get(d.first.native)!);
  else if (v === 'swappedNames') d.swapped = true;
  else if (v === 'nameTypo') {
    // The typo goes into the surname (or the only name) so it never collides with a nickname.
    if (d.has & HAS.lastName)
      d.last = d.native ? spell(typo(d.last.native, rng)) : spell(typo(d.last.latin, rng));
    else d.first = d.native ? spell(typo(d.first.native, rng)) : spell(typo(d.first.latin, rng));
  } else if (v === 'diacriticsDropped') {
    const [f, l] = displayed(d);
    d.first = d.native ? spell(stripDiacritics(f)) : spell(stripDiacritics(f), stripDiacritics(f));
    d.last = d.native ? spell(stripDiacritics(l)) : spell(stripDiacritics(l), stripDiacritics(l));
  } else if (v === 'transliteration') {
    if (d.native) d.native = false;
    else if (rng.chance(0.5)) d.native = true;
    else {
      const rule = rng.int(16);
      const first = romanizationVariant(d.first.latin, rule);
      const last = romanizationVariant(d.last.latin, rule + 1);
      if (first === d.first.latin && last === d.last.latin) d.native = true;
      else {
        d.first = spell(d.first.native, first);
        d.last = spell(d.last.native, last);
      }
    }
  }
}

function changeOther(d: Person, v: Variation, ctx: PersonContext, rng: Prng): void {
  switch (v) {
    case 'emailSwitched':
      d.useWorkEmail = !d.useWorkEmail;
      return;
    case 'emailChanged':
      changeEmail(d, rng);
      return;
    case 'phoneMissing':
      d.has &= ~(HAS.phone | HAS.mobile);
      return;
    case 'phoneReformatted':
      d.phoneStyle = 1 + rng.int(PHONE_STYLES - 1);
      return;
    case 'companyLegalForm':
      d.companyStyle = 1 + rng.int(3);
      return;
    case 'employerChanged':
      d.company = otherCompany(d, ctx, rng);
      d.workEmail = workEmail(d.company, d.first.slug, d.last.slug);
      return;
    case 'titleChanged':
      d.title = (d.title + 1 + rng.int(TITLE_KEYS.length - 1)) % TITLE_KEYS.length;
      // A native title ("jednatel") would hide the change; the new role is written in English.
      d.nativeTitle = '';
      return;
    case 'movedCity':
      moveCity(d, rng);
      return;
    default:
      // sparse: a later web-form sign-up with only the basics filled in.
      d.has &= HAS.email | HAS.lastName | HAS.company | HAS.lifecycle | HAS.leadSource;
  }
}

function changeEmail(d: Person, rng: Prng): void {
  const old = d.useWorkEmail ? d.workEmail : d.personalEmail;
  d.useWorkEmail = false;
  for (let k = 0; k < 5 && (d.personalEmail === old || k === 0); k++) {
    d.personalEmail = personalEmail(d.loc, d.first.slug, d.last.slug, rng);
  }
  if (d.personalEmail === old) d.personalEmail = `${rng.digits(4)}.${old}`;
}

function moveCity(d: Person, rng: Prng): void {
  const cities = d.loc.cities;
  const current = cities[d.city]!.name.native;
  let next = rng.int(cities.length);
  while (cities[next]!.name.native === current) next = (next + 1) % cities.length;
  placePerson(d, next, rng);
}

function pickVariations(p: Person, rng: Prng): Variation[] {
  const wanted = 1 + (rng.chance(0.5) ? 1 : 0) + (rng.chance(0.2) ? 1 : 0);
  const order = [0, 1, 2, 3, 4, 5, 6];
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const out: Variation[] = [];
  let sparse = false;
  for (const g of order) {
    if (out.length === wanted) break;
    if (
      (sparse && SPARSE_CONFLICTS.has(g)) ||
      (g === SPARSE_GROUP && out.some((v) => conflictsWithSparse(v)))
    )
      continue;
    const options = GROUPS[g]!.filter((v) => applicable(p, v));
    if (options.length === 0) continue;
    out.push(rng.pick(options));
    if (g === SPARSE_GROUP) sparse = true;
  }
  return out;
}

function conflictsWithSparse(v: Variation): boolean {
  return GROUPS.some((group, g) => SPARSE_CONFLICTS.has(g) && group.includes(v));
}

/** An altered copy of `base`, created later than it; returns the variations applied. */
export function makeDuplicate(
  base: Person,
  ctx: PersonContext,
  rng: Prng,
): { person: Person; variations: Variation[] } {
  const d: Person = { ...base };
  const variations = pickVariations(base, rng);
  for (const v of variations) {
    if (GROUPS[0]!.includes(v)) changeName(d, v, rng);
    else changeOther(d, v, ctx, rng);
  }
  d.created = base.created + rng.int(Math.max(1, ctx.now - base.created));
  d.updated = d.created + rng.int(Math.max(1, ctx.now - d.created));
  d.lastActivity = Math.max(d.created, base.lastActivity);
  if (rng.chance(0.5)) d.leadSource = rng.int(LEAD_SOURCES.length);
  return { person: d, variations };
}
