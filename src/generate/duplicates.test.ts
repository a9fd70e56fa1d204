import { describe, expect, it } from 'vitest';
import type { LabeledContact } from './generate.ts';
import { COL } from './headers.ts';
import { duplicateClusters, truePairsCount } from './labels.ts';
import { labeled } from './test-helpers.ts';
import { asciiSlug, stripDiacritics } from './translit.ts';
import type { Variation } from './variations.ts';

// Clean data (dirt 0) so that every difference between records comes from a planted variation.
const ROWS = labeled({ seed: 'dups', count: 12_000, dirt: 0, duplicateRate: 0.25, hardNegativeRate: 0.1 });
const FIRST_BY_ENTITY = new Map<string, LabeledContact>();
for (const r of ROWS)
  if (r.role !== 'duplicate' && !FIRST_BY_ENTITY.has(r.entityId)) FIRST_BY_ENTITY.set(r.entityId, r);

const col = (r: LabeledContact, c: keyof typeof COL) => r.row[COL[c]]!;
const nonLatin = (s: string) => /[\u0370-\u03ff\u0400-\u04ff]/.test(s);
const digits = (s: string) => s.replace(/\D/g, '');

/** What each variation must make visible, comparing a duplicate with its entity's original record. */
const VISIBLE: Record<Variation, (dup: LabeledContact, orig: LabeledContact) => boolean> = {
  nickname: (d, o) => {
    const nicks = o.person.loc.nicknames.get(o.person.first.native) ?? [];
    return (
      col(d, 'first_name') !== col(o, 'first_name') &&
      nicks.some((n) => [n.native, n.latin].includes(col(d, 'first_name')))
    );
  },
  nameTypo: (d, o) =>
    col(o, 'last_name') !== ''
      ? col(d, 'last_name') !== col(o, 'last_name') && col(d, 'first_name') === col(o, 'first_name')
      : col(d, 'first_name') !== col(o, 'first_name'),
  transliteration: (d, o) => {
    const [dn, on] = [col(d, 'first_name') + col(d, 'last_name'), col(o, 'first_name') + col(o, 'last_name')];
    return dn !== on && (nonLatin(dn) !== nonLatin(on) || asciiSlug(dn) !== asciiSlug(on));
  },
  diacriticsDropped: (d, o) =>
    col(d, 'first_name') === stripDiacritics(col(o, 'first_name')) &&
    col(d, 'last_name') === stripDiacritics(col(o, 'last_name')) &&
    col(d, 'first_name') + col(d, 'last_name') !== col(o, 'first_name') + col(o, 'last_name'),
  swappedNames: (d, o) =>
    col(d, 'first_name') === col(o, 'last_name') && col(d, 'last_name') === col(o, 'first_name'),
  emailSwitched: (d, o) =>
    col(d, 'email') !== col(o, 'email') && col(d, 'email').split('@')[1] !== col(o, 'email').split('@')[1],
  emailChanged: (d, o) => col(d, 'email') !== '' && col(d, 'email') !== col(o, 'email'),
  phoneMissing: (d, o) =>
    col(d, 'phone') === '' && col(d, 'mobile') === '' && col(o, 'phone') + col(o, 'mobile') !== '',
  phoneReformatted: (d, o) =>
    (['phone', 'mobile'] as const).some(
      (c) =>
        col(o, c) !== '' &&
        col(d, c) !== col(o, c) &&
        digits(col(d, c)).includes(digits(col(o, c)).slice(-6)),
    ),
  companyLegalForm: (d, o) => {
    const fold = (s: string) => stripDiacritics(s).toLowerCase().split(' ')[0]!;
    const shown = stripDiacritics(col(d, 'company')).toLowerCase();
    const base = o.person.company!.base;
    return (
      col(d, 'company') !== col(o, 'company') &&
      (shown.includes(fold(base.latin)) || shown.includes(fold(base.native)))
    );
  },
  employerChanged: (d, o) =>
    col(d, 'company') !== col(o, 'company') && d.person.company!.domain !== o.person.company!.domain,
  titleChanged: (d, o) => col(d, 'job_title') !== col(o, 'job_title') && col(d, 'job_title') !== '',
  movedCity: (d, o) => col(d, 'city') !== col(o, 'city') && col(d, 'city') !== '',
  sparse: (d, o) => d.row.filter((v) => v !== '').length < o.row.filter((v) => v !== '').length,
};

describe('duplicate ground truth', () => {
  const duplicates = ROWS.filter((r) => r.role === 'duplicate');

  it('plants a realistic share of duplicates', () => {
    const people = ROWS.filter((r) => r.role === 'original').length;
    const duplicated = new Set(duplicates.map((d) => d.entityId)).size;
    expect(duplicated / people).toBeGreaterThan(0.2);
    expect(duplicated / people).toBeLessThan(0.3);
  });

  it('gives every duplicate an original record of the same entity, earlier in the file', () => {
    const firstRow = new Map<string, number>();
    ROWS.forEach((r, i) => {
      if (!firstRow.has(r.entityId)) firstRow.set(r.entityId, i);
    });
    for (const [i, d] of ROWS.entries()) {
      if (d.role !== 'duplicate') continue;
      expect(FIRST_BY_ENTITY.get(d.entityId)?.role).toBe('original');
      expect(firstRow.get(d.entityId)!).toBeLessThan(i);
    }
  });

  it('keeps entities at 2 to 4 records', () => {
    for (const g of duplicateClusters(ROWS.map((r) => r.entityId))) {
      expect(g.length).toBeGreaterThanOrEqual(2);
      expect(g.length).toBeLessThanOrEqual(4);
    }
  });

  it('records between one and three variations per duplicate', () => {
    for (const d of duplicates) {
      expect(d.variations.length).toBeGreaterThanOrEqual(1);
      expect(d.variations.length).toBeLessThanOrEqual(3);
    }
  });

  it.each(Object.keys(VISIBLE) as Variation[])(
    'makes the planted variation %s visible in the record',
    (variation) => {
      const withIt = duplicates.filter((d) => d.variations.includes(variation));
      expect(withIt.length).toBeGreaterThan(5);
      const invisible = withIt.filter((d) => !VISIBLE[variation](d, FIRST_BY_ENTITY.get(d.entityId)!));
      expect(
        invisible.map((d) => [d.row.slice(1, 8), FIRST_BY_ENTITY.get(d.entityId)!.row.slice(1, 8)]),
      ).toEqual([]);
    },
  );

  it('counts true pairs consistently with the clusters', () => {
    const ids = ROWS.map((r) => r.entityId);
    const fromClusters = duplicateClusters(ids).reduce((n, g) => n + (g.length * (g.length - 1)) / 2, 0);
    expect(truePairsCount(ids)).toBe(fromClusters);
    expect(fromClusters).toBeGreaterThan(500);
  });
});

describe('hard negatives', () => {
  const kinds = ['namesake', 'colleague', 'family'] as const;
  const byKind = (kind: (typeof kinds)[number]) => ROWS.filter((r) => r.role === kind);

  it.each(kinds)('%s records are new entities that resemble an existing one', (kind) => {
    const rows = byKind(kind);
    expect(rows.length).toBeGreaterThan(20);
    for (const r of rows) {
      expect(r.resembles).not.toBeNull();
      expect(r.entityId).not.toBe(r.resembles);
      expect(FIRST_BY_ENTITY.get(r.entityId)).toBe(r);
    }
  });

  it('namesakes share the full name but not the entity, company or email', () => {
    for (const r of byKind('namesake')) {
      const o = FIRST_BY_ENTITY.get(r.resembles!)!;
      expect([col(r, 'first_name'), col(r, 'last_name')]).toEqual([
        col(o, 'first_name'),
        col(o, 'last_name'),
      ]);
      if (col(o, 'company') !== '') expect(col(r, 'company')).not.toBe(col(o, 'company'));
      if (col(o, 'email') !== '') expect(col(r, 'email')).not.toBe(col(o, 'email'));
    }
  });

  it('colleagues share company, work domain and switchboard phone', () => {
    const rows = byKind('colleague').filter(
      (r) => FIRST_BY_ENTITY.get(r.resembles!)!.person.company !== null,
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) {
      const o = FIRST_BY_ENTITY.get(r.resembles!)!;
      expect(col(r, 'company')).toBe(col(o, 'company'));
      expect(r.person.phone.nsn).toBe(o.person.company!.switchboard.nsn);
      expect(col(r, 'first_name') + col(r, 'last_name')).not.toBe(col(o, 'first_name') + col(o, 'last_name'));
    }
  });

  it('family members share surname stem and address, with another first name', () => {
    for (const r of byKind('family')) {
      const o = FIRST_BY_ENTITY.get(r.resembles!)!;
      expect(r.person.surname).toBe(o.person.surname);
      expect(r.person.street).toBe(o.person.street);
      expect(r.person.first.native).not.toBe(o.person.first.native);
    }
  });

  it('include female and male surname forms in one family (Nováková next to Novák)', () => {
    const cz = labeled({ seed: 'fam', count: 5000, locales: ['CZ'], dirt: 0, hardNegativeRate: 0.3 });
    const byId = new Map(cz.map((r) => [r.entityId, r]));
    const mixed = cz.filter((r) => {
      if (r.role !== 'family') return false;
      const o = byId.get(r.resembles!)!.person;
      return (
        o.female !== r.person.female &&
        [o.last.native, r.person.last.native].includes(r.person.surname.male.native)
      );
    });
    expect(mixed.length).toBeGreaterThan(5);
    for (const r of mixed)
      expect(r.person.last.native).toBe(
        r.person.female ? r.person.surname.female[0]!.native : r.person.surname.male.native,
      );
  });
});
