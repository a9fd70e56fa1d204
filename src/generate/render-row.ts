/**
 * Renders a person into one CSV row, injecting dirt at the configured rates. With all rates at 0 the
 * row is clean and canonical: proper-case names, lower-case valid emails, "+420 601 123 456" phones,
 * English country names, canonical titles and picklist labels, the flavour's own date format.
 */

import { formatDate, formatDateVariant, pickDateVariant } from './dates.ts';
import * as D from './dirt.ts';
import { COL } from './headers.ts';
import { HAS, type Person } from './person.ts';
import type { RenderContext } from './render-fields.ts';
import * as F from './render-fields.ts';
import * as V from './vocab.ts';

const B = D.DIRT_BIT;
const EMPTY_22: readonly string[] = new Array<string>(22).fill('');
const EMPTY_23: readonly string[] = new Array<string>(23).fill('');
const WHITESPACE_COLUMNS = [
  COL.first_name,
  COL.last_name,
  COL.email,
  COL.company,
  COL.job_title,
  COL.city,
  COL.street,
  COL.country,
];
const INVISIBLE_COLUMNS = [COL.first_name, COL.last_name, COL.email, COL.company];
const PLACEHOLDER_COLUMNS = [
  COL.phone,
  COL.mobile,
  COL.company,
  COL.job_title,
  COL.city,
  COL.website,
  COL.last_name,
  COL.postcode,
  COL.state,
];

function renderEmail(p: Person, ctx: RenderContext): string {
  const { rng, rates } = ctx;
  let email = p.useWorkEmail && p.workEmail !== '' ? p.workEmail : p.personalEmail;
  if (rng.chance(rates.emailRole)) {
    ctx.dirt |= B.emailRole;
    const domain = p.company !== null ? p.company.domain : email.slice(email.indexOf('@') + 1);
    email = `${rng.pick(V.ROLE_LOCALS)}@${domain}`;
  } else if (rng.chance(rates.emailDisposable)) {
    ctx.dirt |= B.emailDisposable;
    email = `${email.slice(0, email.indexOf('@'))}@${rng.pick(V.DISPOSABLE_DOMAINS)}`;
  }
  if (rng.chance(rates.emailTypo)) {
    ctx.dirt |= B.emailTypo;
    email = D.emailTypo(email, rng);
  }
  if (rng.chance(rates.emailCase)) {
    ctx.dirt |= B.emailCase;
    email = D.emailCase(email, rng);
  }
  return email;
}

function renderCompany(p: Person, ctx: RenderContext): string {
  const c = p.company!;
  if (p.companyStyle !== 0) return F.companyVariant(p.loc, c, p.companyStyle, ctx.rng);
  if (!ctx.rng.chance(ctx.rates.companyVariant)) return F.companyVariant(p.loc, c, 0, ctx.rng);
  ctx.dirt |= B.companyVariant;
  return F.companyVariant(p.loc, c, 1 + ctx.rng.int(5), ctx.rng);
}

/** Name dirt; returns [first, last]. */
function dirtyNames(first: string, last: string, row: string[], ctx: RenderContext): void {
  const { rng, rates } = ctx;
  let f = first;
  let l = last;
  if (rng.chance(rates.keyboardMash)) {
    ctx.dirt |= B.keyboardMash;
    const which = rng.int(3);
    if (which === 0) f = D.keyboardMash(rng);
    else if (which === 1) l = D.keyboardMash(rng);
    else row[COL.company] = D.keyboardMash(rng);
  }
  if (rng.chance(rates.nameCase)) {
    ctx.dirt |= B.nameCase;
    const toUpper = rng.chance(0.6);
    f = toUpper ? D.upper(f) : f.toLowerCase();
    l = toUpper ? D.upper(l) : l.toLowerCase();
  }
  if (rng.chance(rates.nameJunk)) {
    ctx.dirt |= B.nameJunk;
    if (rng.chance(0.6)) f = D.nameJunk(f, rng);
    else l = D.nameJunk(l, rng);
  }
  if (l !== '' && rng.chance(rates.fullNameInFirst)) {
    ctx.dirt |= B.fullNameInFirst;
    f = `${f} ${l}`;
    l = '';
  }
  row[COL.first_name] = f;
  row[COL.last_name] = l;
}

function renderDates(p: Person, row: string[], ctx: RenderContext): void {
  const style = ctx.style;
  // One import batch writes all its dates alike, so a dirty record has one odd format throughout.
  if (ctx.rng.chance(ctx.rates.dateFormat)) {
    ctx.dirt |= B.dateFormat;
    const v = pickDateVariant(ctx.rng);
    row[COL.created_at] = formatDateVariant(p.created, v);
    row[COL.updated_at] = formatDateVariant(p.updated, v);
    row[COL.last_activity_at] = p.has & HAS.lastActivity ? formatDateVariant(p.lastActivity, v) : '';
    return;
  }
  row[COL.created_at] = formatDate(p.created, style);
  row[COL.updated_at] = formatDate(p.updated, style);
  row[COL.last_activity_at] = p.has & HAS.lastActivity ? formatDate(p.lastActivity, style, true) : '';
}

function renderPicklists(p: Person, row: string[], ctx: RenderContext): void {
  const has = p.has;
  row[COL.lead_source] = has & HAS.leadSource ? F.picklist(V.LEAD_SOURCES[p.leadSource]!, ctx) : '';
  const stages = ctx.style === 'salesforce' ? V.LEAD_STATUSES[p.status]! : V.LIFECYCLE_STAGES[p.stage]!;
  row[COL.lifecycle_stage] = has & HAS.lifecycle ? F.picklist(stages, ctx) : '';
  row[COL.owner] = has & HAS.owner ? F.picklist(V.OWNERS[p.owner]!, ctx) : '';
  row[COL.newsletter_opt_in] =
    has & HAS.newsletter ? F.picklist(V.NEWSLETTER_VALUES[p.newsletter ? 0 : 1]!, ctx) : '';
  row[COL.customer_tier] = has & HAS.tier ? F.picklist(V.TIERS[p.tier]!, ctx) : '';
}

function renderAddress(p: Person, row: string[], ctx: RenderContext): void {
  const has = p.has;
  const country = has & HAS.country ? ctx.rng.chance(ctx.rates.countryVariant) : false;
  if (country) ctx.dirt |= B.countryVariant;
  row[COL.country] = has & HAS.country ? (country ? ctx.rng.pick(p.loc.countryVariants) : p.loc.country) : '';
  row[COL.state] = has & HAS.state ? F.stateValue(p, ctx) : '';
  row[COL.city] = has & HAS.city ? F.cityValue(p, ctx) : '';
  row[COL.postcode] = has & HAS.postcode ? F.postcodeValue(p, ctx) : '';
  row[COL.street] = has & HAS.street ? F.streetValue(p, ctx) : '';
}

function finishingDirt(row: string[], ctx: RenderContext): void {
  const { rng, rates } = ctx;
  if (rng.chance(rates.placeholder)) {
    ctx.dirt |= B.placeholder;
    row[rng.pick(PLACEHOLDER_COLUMNS)] = rng.pick(V.PLACEHOLDERS);
  }
  if (rng.chance(rates.whitespace)) {
    const col = rng.pick(WHITESPACE_COLUMNS);
    if (row[col] !== '') {
      ctx.dirt |= B.whitespace;
      row[col] = D.strayWhitespace(row[col]!, rng);
    }
  }
  if (rng.chance(rates.zeroWidth)) {
    const col = rng.pick(INVISIBLE_COLUMNS);
    if (row[col] !== '') {
      ctx.dirt |= B.zeroWidth;
      row[col] = D.insertInvisible(row[col]!, rng);
    }
  }
}

/** One row in COLUMNS order (plus an empty slot for the truth column when `width` asks for it). */
export function renderPerson(p: Person, id: string, width: number, ctx: RenderContext): string[] {
  const { rng, rates } = ctx;
  const has = p.has;
  const row = (width === 22 ? EMPTY_22 : EMPTY_23).slice();
  ctx.dirt = p.stale ? B.stale : 0;
  row[COL.id] = id;
  row[COL.company] = p.company !== null ? renderCompany(p, ctx) : '';
  let first = p.native ? p.first.native : p.first.latin;
  let last = has & HAS.lastName ? (p.native ? p.last.native : p.last.latin) : '';
  if (p.swapped) [first, last] = [last, first];
  if (rng.chance(rates.testRecord)) {
    ctx.dirt |= B.testRecord;
    const t = rng.pick(V.TEST_RECORDS);
    row[COL.first_name] = t[0];
    row[COL.last_name] = t[1];
    row[COL.email] = t[2];
  } else {
    dirtyNames(first, last, row, ctx);
    row[COL.email] = has & HAS.email ? renderEmail(p, ctx) : '';
  }
  row[COL.phone] = has & HAS.phone ? F.phoneValue(p.loc, p.phone, p.phoneStyle, ctx) : '';
  row[COL.mobile] = has & HAS.mobile ? F.phoneValue(p.loc, p.mobile, p.phoneStyle, ctx) : '';
  row[COL.website] = has & HAS.website && p.company !== null ? F.websiteValue(p, p.company, ctx) : '';
  row[COL.job_title] = has & HAS.title ? F.titleValue(p, ctx) : '';
  renderAddress(p, row, ctx);
  renderPicklists(p, row, ctx);
  renderDates(p, row, ctx);
  finishingDirt(row, ctx);
  return row;
}
