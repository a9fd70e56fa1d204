import { disposableEmailBlocklistSet } from 'disposable-email-domains-js';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import {
  DIRT_BIT,
  DIRT_KINDS,
  type DirtKind,
  emailTypo,
  insertInvisible,
  MAX_DIRT_RATES,
  typo,
  upper,
} from './dirt.ts';
import type { LabeledContact } from './generate.ts';
import { COL } from './headers.ts';
import { resolveGenerateOptionsOrThrow } from './options.ts';
import { FAKE_PHONES } from './phone.ts';
import { Prng } from './prng.ts';
import { labeled } from './test-helpers.ts';
import { ROLE_LOCALS } from './vocab.ts';

const N = 10_000;
const DEFAULT = labeled({ seed: 'dirt', count: N });
const RATES = resolveGenerateOptionsOrThrow({ seed: 'dirt', count: N }).rates;
const CLEAN = labeled({ seed: 'clean', count: 5000, dirt: 0 });

const has = (r: LabeledContact, k: DirtKind) => (r.dirt & DIRT_BIT[k]) !== 0;
const isTest = (r: LabeledContact) => has(r, 'testRecord');
const field = (rows: LabeledContact[], c: keyof typeof COL) =>
  rows.map((r) => r.row[COL[c]]!).filter((v) => v !== '');

/** |observed − expected| within four standard deviations of a binomial share (plus 1 point of slack). */
function expectShare(hits: number, total: number, expected: number): void {
  expect(total).toBeGreaterThan(300);
  const sd = Math.sqrt((expected * (1 - expected)) / total);
  expect(Math.abs(hits / total - expected)).toBeLessThan(4 * sd + 0.01);
}

describe('dirt rates on 10k rows (from the labels)', () => {
  // Kind → which records could carry it.
  const eligible: Partial<Record<DirtKind, (r: LabeledContact) => boolean>> = {
    testRecord: () => true,
    placeholder: () => true,
    keyboardMash: (r) => !isTest(r),
    nameCase: (r) => !isTest(r),
    nameJunk: (r) => !isTest(r),
    emailRole: (r) => !isTest(r) && r.row[COL.email] !== '',
    emailTypo: (r) => !isTest(r) && r.row[COL.email] !== '',
    emailCase: (r) => !isTest(r) && r.row[COL.email] !== '',
    dateFormat: () => true,
    stale: () => true,
  };
  it.each(Object.keys(eligible) as DirtKind[])('%s appears at its configured rate', (kind) => {
    const pool = DEFAULT.filter(eligible[kind]!);
    expectShare(pool.filter((r) => has(r, kind)).length, pool.length, RATES[kind]);
  });
});

describe('dirt rates on 10k rows (detected independently from the CSV values)', () => {
  it('disposable domains, as disposable-email-domains-js sees them', () => {
    const emails = DEFAULT.filter((r) => !isTest(r) && r.row[COL.email] !== '').map((r) => r.row[COL.email]!);
    // The package's isDisposableEmail scans an array per call; one Set lookup per email is enough here.
    const disposable = disposableEmailBlocklistSet();
    const domainOf = (e: string) =>
      e
        .toLowerCase()
        .replace(/[;.]+$/, '')
        .split('@')
        .at(-1)!;
    const hits = emails.filter((e) => disposable.has(domainOf(e))).length;
    expectShare(hits, emails.length, RATES.emailDisposable * (1 - RATES.emailRole));
  });

  it('role accounts (info@, sales@ …)', () => {
    const emails = DEFAULT.filter((r) => !isTest(r) && r.row[COL.email] !== '').map((r) => r.row[COL.email]!);
    const hits = emails.filter((e) =>
      ROLE_LOCALS.includes(
        e
          .toLowerCase()
          .replace(/^mailto:/, '')
          .split('@')[0]!,
      ),
    ).length;
    expectShare(hits, emails.length, RATES.emailRole);
  });

  it('fake phone numbers', () => {
    const phones = [...field(DEFAULT, 'phone'), ...field(DEFAULT, 'mobile')];
    expectShare(phones.filter((p) => FAKE_PHONES.includes(p)).length, phones.length, RATES.phoneFake);
  });

  it('free-text country variants', () => {
    const rows = DEFAULT.filter(
      (r) => r.row[COL.country] !== '' && !has(r, 'whitespace') && !has(r, 'zeroWidth'),
    );
    const hits = rows.filter((r) => r.row[COL.country] !== r.person.loc.country).length;
    expectShare(hits, rows.length, RATES.countryVariant);
  });

  it('websites not in the clean https://www. form', () => {
    const sites = field(DEFAULT, 'website').filter(
      (w) =>
        ![
          'N/A',
          'n/a',
          '-',
          '--',
          'null',
          'NULL',
          'unknown',
          'none',
          '.',
          '?',
          '#N/A',
          'TBD',
          'x',
          '0',
        ].includes(w),
    );
    expectShare(
      sites.filter((w) => !/^https:\/\/www\.[a-z0-9.-]+$/.test(w)).length,
      sites.length,
      RATES.websiteVariant,
    );
  });

  it('dates in a non-ISO format', () => {
    const created = field(DEFAULT, 'created_at');
    expectShare(
      created.filter((d) => !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(d)).length,
      created.length,
      RATES.dateFormat,
    );
  });

  it('stale records: last activity three years or more before now', () => {
    const rows = DEFAULT.filter((r) => /^\d{4}-/.test(r.row[COL.last_activity_at]!) && r.role === 'original');
    const cutoff = Date.UTC(2023, 0, 1);
    const hits = rows.filter((r) => Date.parse(r.row[COL.last_activity_at]!) < cutoff).length;
    expectShare(hits, rows.length, RATES.stale);
  });

  it('names in ALL CAPS', () => {
    const rows = DEFAULT.filter((r) => !isTest(r) && /\p{L}{3}/u.test(r.row[COL.last_name]!));
    const hits = rows.filter((r) => {
      const name = r.row[COL.last_name]!;
      return name === upper(name) && name !== name.toLowerCase();
    }).length;
    expectShare(hits, rows.length, RATES.nameCase * 0.6);
  });

  it('zero-width characters somewhere in the row', () => {
    const hits = DEFAULT.filter((r) => /[\u200B-\u200D\u2060\uFEFF\u00AD]/.test(r.row.join(''))).length;
    expect(hits / N).toBeGreaterThan(RATES.zeroWidth * 0.6);
    expect(hits / N).toBeLessThan(RATES.zeroWidth * 1.3);
  });
});

describe('dirt scaling and overrides', () => {
  it.each(DIRT_KINDS)('%s scales linearly with dirt, capped at 1', (kind) => {
    for (const dirt of [0, 0.25, 0.5, 1]) {
      expect(resolveGenerateOptionsOrThrow({ seed: 1, count: 1, dirt }).rates[kind]).toBeCloseTo(
        Math.min(1, MAX_DIRT_RATES[kind] * dirt),
      );
    }
  });

  it('dirt 1 doubles the default share of typo’d emails', () => {
    const dirty = labeled({ seed: 'dirt', count: 5000, dirt: 1 }).filter(
      (r) => r.row[COL.email] !== '' && !isTest(r),
    );
    expectShare(dirty.filter((r) => has(r, 'emailTypo')).length, dirty.length, MAX_DIRT_RATES.emailTypo);
  });

  it('an absolute override wins over dirt scaling', () => {
    const rows = labeled({ seed: 'o', count: 1000, dirt: 0, rates: { emailTypo: 1 } });
    const withEmail = rows.filter((r) => r.row[COL.email] !== '');
    expect(withEmail.every((r) => r.dirt === DIRT_BIT.emailTypo)).toBe(true);
  });

  it('fill overrides change how often a field is present', () => {
    const rows = labeled({ seed: 'f', count: 1000, dirt: 0, fill: { mobile: 1, title: 0 } });
    expect(rows.filter((r) => r.role === 'original').every((r) => r.row[COL.mobile] !== '')).toBe(true);
    expect(rows.filter((r) => r.role === 'original').every((r) => r.row[COL.job_title] === '')).toBe(true);
  });
});

describe('clean output at dirt 0', () => {
  it('carries no dirt labels', () => {
    expect(CLEAN.filter((r) => r.dirt !== 0)).toEqual([]);
  });

  it('has syntactically valid lower-case emails', () => {
    for (const e of field(CLEAN, 'email')) expect(e).toMatch(/^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  it('has phones that libphonenumber accepts (duplicates reformatted on purpose aside)', () => {
    const rows = CLEAN.filter((r) => !r.variations.includes('phoneReformatted'));
    for (const p of [...field(rows, 'phone'), ...field(rows, 'mobile')]) {
      expect(parsePhoneNumberFromString(p)?.isValid(), p).toBe(true);
    }
  });

  it('has no stray whitespace or invisible characters', () => {
    for (const r of CLEAN)
      for (const v of r.row)
        expect(/^\s|\s$|\s\s|[\u200B-\u200D\u2060\uFEFF\u00AD]/.test(v), JSON.stringify(v)).toBe(false);
  });

  it('uses the canonical country name', () => {
    for (const r of CLEAN)
      if (r.row[COL.country] !== '') expect(r.row[COL.country]).toBe(r.person.loc.country);
  });
});

describe('mutators', () => {
  const rng = new Prng(11);
  it.each(['jan.novak@seznam.cz', 'bob@gmail.com', 'a.b@firma-x.co.uk', 'ivan@mail.ru'])(
    'emailTypo always changes %s',
    (email) => {
      for (let i = 0; i < 200; i++) expect(emailTypo(email, rng)).not.toBe(email);
    },
  );

  it.each(['Novák', 'Παπαδόπουλος', 'Иванов', 'Ng', 'de Vries'])('typo always changes %s', (name) => {
    for (let i = 0; i < 200; i++) expect(typo(name, rng)).not.toBe(name);
  });

  it('insertInvisible never splits an emoji', () => {
    for (let i = 0; i < 300; i++) expect(insertInvisible('Jan 👍', rng).isWellFormed()).toBe(true);
  });

  it.each([
    ['Κρήτη', 'ΚΡΗΤΗ'],
    ['Dvořák', 'DVOŘÁK'],
    ['Иванов', 'ИВАНОВ'],
  ])('upper(%s) = %s', (input, expected) => {
    expect(upper(input)).toBe(expected);
  });
});
