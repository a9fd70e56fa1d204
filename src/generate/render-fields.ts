/**
 * One function per field: the clean value, or with probability `rates[kind]` a dirty variant (and the
 * kind's bit set in `ctx.dirt`).
 */

import { type Company, companyName } from './company.ts';
import type { Locale } from './compile-locale.ts';
import * as D from './dirt.ts';
import type { HeaderStyle } from './headers.ts';
import type { Person } from './person.ts';
import { FAKE_PHONES, formatPhone, PHONE_STYLES, type PhoneDigits } from './phone.ts';
import type { Prng } from './prng.ts';
import * as V from './vocab.ts';

const B = D.DIRT_BIT;

export interface RenderContext {
  rng: Prng;
  rates: Readonly<D.DirtRates>;
  style: HeaderStyle;
  /** Dirt mask of the last rendered row. */
  dirt: number;
}

function pickVariant(list: readonly string[], rng: Prng): string {
  return list.length > 1 ? list[1 + rng.int(list.length - 1)]! : list[0]!;
}

export function phoneValue(loc: Locale, digits: PhoneDigits, forced: number, ctx: RenderContext): string {
  const { rng, rates } = ctx;
  if (forced >= 0) return formatPhone(loc, digits, forced, rng);
  if (rng.chance(rates.phoneFake)) {
    ctx.dirt |= B.phoneFake;
    return rng.pick(FAKE_PHONES);
  }
  if (rng.chance(rates.phoneFormat)) {
    ctx.dirt |= B.phoneFormat;
    return formatPhone(loc, digits, 1 + rng.int(PHONE_STYLES - 1), rng);
  }
  return formatPhone(loc, digits, 0, rng);
}

/** A legal form whose spelling differs from the registered one ("s.r.o." → "spol. s r.o."). */
function otherLegalForm(loc: Locale, c: Company, rng: Prng): number {
  const own = loc.legalForms[c.legalForm]!;
  const start = rng.int(loc.legalForms.length);
  for (let k = 0; k < loc.legalForms.length; k++) {
    const i = (start + k) % loc.legalForms.length;
    if (loc.legalForms[i]![0] !== own[0]) return i;
  }
  return c.legalForm;
}

/** Company name in the style a duplicate fixed, or a random dirty style. */
export function companyVariant(loc: Locale, c: Company, style: number, rng: Prng): string {
  switch (style) {
    case 1:
      return c.native ? c.base.native : c.base.latin;
    case 2:
      return D.upper((c.native ? c.base.native : c.base.latin).split(' ')[0]!);
    case 3:
      return companyName(loc, c, otherLegalForm(loc, c, rng));
    case 4:
      return companyName(loc, c).toLowerCase();
    case 5:
      return loc.legalForms[c.legalForm]![2].replace('{c}', c.base.plain);
    default:
      return companyName(loc, c);
  }
}

export function websiteValue(p: Person, company: Company, ctx: RenderContext): string {
  const { rng } = ctx;
  if (!rng.chance(ctx.rates.websiteVariant)) return company.website;
  const domain = company.domain;
  ctx.dirt |= B.websiteVariant;
  switch (rng.int(10)) {
    case 0:
      return `http://www.${domain}/`;
    case 1:
    case 2:
      return domain;
    case 3:
      return `www.${domain}`;
    case 4:
      return `https://${domain}/`;
    case 5:
      return `WWW.${domain.toUpperCase()}`;
    case 6:
      return `https://www.linkedin.com/company/${domain.split('.')[0]}`;
    case 7:
      return `https://www.${domain}/contact-us?utm_source=crm`;
    case 8:
      return `https://www.linkedin.com/in/${p.first.slug}-${p.last.slug}-${rng.int(0xfffff).toString(16)}`;
    default:
      return rng.chance(0.5) ? `htp://${domain}` : `http//www.${domain}`;
  }
}

export function stateValue(p: Person, ctx: RenderContext): string {
  const state = p.loc.cities[p.city]!.state;
  const clean = p.native ? state.native : state.latin;
  if (!ctx.rng.chance(ctx.rates.stateVariant)) return clean;
  ctx.dirt |= B.stateVariant;
  const abbr = V.US_STATE_ABBR[clean];
  if (abbr !== undefined)
    return ctx.rng.pick([abbr, abbr, `${abbr[0]}.${abbr[1]}.`, clean.toLowerCase(), abbr.toLowerCase()]);
  return ctx.rng.chance(0.5) ? clean.toLowerCase() : state.plain;
}

export function cityValue(p: Person, ctx: RenderContext): string {
  const city = p.loc.cities[p.city]!.name;
  const clean = p.native ? city.native : city.latin;
  if (!ctx.rng.chance(ctx.rates.cityVariant)) return clean;
  ctx.dirt |= B.cityVariant;
  const exonym = V.CITY_EXONYMS[city.latin];
  switch (ctx.rng.int(5)) {
    case 0:
      return D.upper(clean);
    case 1:
      return clean.toLowerCase();
    case 2:
      return exonym ?? city.plain;
    case 3:
      return p.native ? city.latin : `${clean} ${ctx.rng.range(1, 9)}`;
    default:
      return city.plain !== clean ? city.plain : D.upper(clean);
  }
}

export function postcodeValue(p: Person, ctx: RenderContext): string {
  const clean = p.postcode;
  if (!ctx.rng.chance(ctx.rates.postcodeVariant)) return clean;
  ctx.dirt |= B.postcodeVariant;
  switch (ctx.rng.int(4)) {
    case 0:
      return /[ -]/.test(clean) ? clean.replace(/[ -]/g, '') : `${clean} `;
    case 1:
      return clean.startsWith('LT-') ? clean.slice(3) : `${p.loc.code}-${clean}`;
    case 2:
      // Spreadsheets turn "02116" into 2116.
      return /^0\d+$/.test(clean) ? clean.replace(/^0+/, '') : clean.toLowerCase().replace(/\s/, '');
    default:
      return p.loc.code === 'US' ? `${clean}-${ctx.rng.digits(4)}` : clean.toLowerCase();
  }
}

export function streetValue(p: Person, ctx: RenderContext): string {
  const clean = p.native ? p.street : p.streetLatin;
  if (!ctx.rng.chance(ctx.rates.streetVariant)) return clean;
  ctx.dirt |= B.streetVariant;
  for (const [re, to] of V.STREET_ABBREVIATIONS) if (re.test(clean)) return clean.replace(re, to);
  return ctx.rng.chance(0.5) ? clean.toLowerCase() : `${clean},`;
}

export function titleValue(p: Person, ctx: RenderContext): string {
  const variants = V.TITLES[V.TITLE_KEYS[p.title]!]!;
  const clean = p.nativeTitle || variants[0]!;
  if (!ctx.rng.chance(ctx.rates.titleVariant)) return clean;
  ctx.dirt |= B.titleVariant;
  if (p.nativeTitle && ctx.rng.chance(0.5)) return ctx.rng.chance(0.5) ? D.upper(clean) : clean.toLowerCase();
  return pickVariant(variants, ctx.rng);
}

export function picklist(list: readonly string[], ctx: RenderContext): string {
  if (!ctx.rng.chance(ctx.rates.picklistVariant)) return list[0]!;
  ctx.dirt |= B.picklistVariant;
  return pickVariant(list, ctx.rng);
}
