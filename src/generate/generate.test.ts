import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { writeContactsCsv } from './csv.ts';
import { generateContacts } from './generate.ts';
import { COL, COLUMNS, HEADER_STYLES, type HeaderStyle, TRUTH_HEADER } from './headers.ts';
import { LOCALE_CODES } from './locale-types.ts';
import { parseGenerateOptions } from './options.ts';
import { labeled, StringSink } from './test-helpers.ts';

async function csvHash(options: Parameters<typeof writeContactsCsv>[0]): Promise<string> {
  const sink = new StringSink();
  await writeContactsCsv(options, sink);
  return createHash('sha256').update(sink.text()).digest('hex');
}

describe('determinism', () => {
  it.each(HEADER_STYLES)(
    'same seed and options give byte-identical CSV (%s, 2,000 rows)',
    async (headers) => {
      const options = { seed: 'kempt-42', count: 2000, headers, truth: true };
      expect(await csvHash(options)).toBe(await csvHash(options));
    },
  );

  it.each([
    [{ seed: 'a' }, { seed: 'b' }],
    [{ seed: 1 }, { seed: '1' }],
    [{ seed: 'a' }, { seed: 'a', dirt: 0.2 }],
    [{ seed: 'a' }, { seed: 'a', duplicateRate: 0.3 }],
  ])('different seeds or options give different output (%j vs %j)', async (a, b) => {
    expect(await csvHash({ ...a, count: 2000 })).not.toBe(await csvHash({ ...b, count: 2000 }));
  });

  it('yields the same rows from repeated iteration of one ContactRows', () => {
    const rows = generateContacts({ seed: 'again', count: 300 });
    expect([...rows]).toEqual([...rows]);
  });

  it('does not depend on the wall clock', () => {
    const a = [...generateContacts({ seed: 'clock', count: 200 })];
    const b = [...generateContacts({ seed: 'clock', count: 200, now: new Date('2026-01-01T00:00:00Z') })];
    expect(a).toEqual(b);
  });
});

describe('headers', () => {
  const expected: [HeaderStyle, string[]][] = [
    ['canonical', ['id', 'first_name', 'email', 'lifecycle_stage', 'newsletter_opt_in', 'customer_tier']],
    [
      'hubspot',
      [
        'Record ID',
        'First Name',
        'Email',
        'Phone Number',
        'Mobile Phone Number',
        'Company Name',
        'Country/Region',
        'Original Source',
        'Lifecycle Stage',
        'Contact owner',
        'Create Date',
        'Last Activity Date',
      ],
    ],
    [
      'salesforce',
      [
        'Id',
        'FirstName',
        'LastName',
        'MobilePhone',
        'Company',
        'Title',
        'PostalCode',
        'LeadSource',
        'Status',
        'Owner.Name',
        'CreatedDate',
        'LastActivityDate',
      ],
    ],
  ];

  it.each(expected)('%s headers contain the export’s column names', (headers, names) => {
    const header = generateContacts({ seed: 1, count: 1, headers }).header;
    expect(header).toHaveLength(COLUMNS.length);
    for (const n of names) expect(header).toContain(n);
  });

  it('canonical headers are the snake_case columns in order', () => {
    expect(generateContacts({ seed: 1, count: 1 }).header).toEqual([...COLUMNS]);
  });

  it('mixed headers vary with the seed but never repeat a name within a file', () => {
    const headers = Array.from(
      { length: 200 },
      (_, i) => generateContacts({ seed: i, count: 1, headers: 'mixed' }).header,
    );
    expect(new Set(headers.map((h) => h.join('|'))).size).toBeGreaterThan(150);
    for (const h of headers) expect(new Set(h.map((n) => n.toLowerCase())).size).toBe(h.length);
  });

  it.each([true, false])('truth=%s adds or omits the entity_id column', (truth) => {
    const rows = generateContacts({ seed: 't', count: 50, truth });
    expect(rows.header.includes(TRUTH_HEADER)).toBe(truth);
    for (const row of rows) expect(row).toHaveLength(truth ? 23 : 22);
  });

  it.each(HEADER_STYLES)('%s rows have unique, increasing-by-row ids', (headers) => {
    const ids = [...generateContacts({ seed: 'ids', count: 3000, headers })].map((r) => r[COL.id]!);
    expect(new Set(ids).size).toBe(ids.length);
    if (headers === 'salesforce') for (const id of ids) expect(id).toMatch(/^00Q[0-9A-Za-z]{12}[A-Z0-5]{3}$/);
    else expect(ids.every((id, i) => i === 0 || Number(id) > Number(ids[i - 1]))).toBe(true);
  });

  it.each([
    ['canonical', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/],
    ['hubspot', /^\d{4}-\d\d-\d\d \d\d:\d\d$/],
    ['salesforce', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/],
  ] as const)('clean %s dates use the export’s format', (headers, format) => {
    for (const row of generateContacts({ seed: 'd', count: 200, headers, dirt: 0 })) {
      expect(row[COL.created_at]).toMatch(format);
      expect(row[COL.updated_at]! >= row[COL.created_at]!).toBe(true);
    }
  });
});

describe('options', () => {
  it.each([0, 1, 17, 2500])('produces exactly count=%i rows', (count) => {
    expect([...generateContacts({ seed: 'n', count })]).toHaveLength(count);
  });

  it('restricts locales, case-insensitively', () => {
    const rows = labeled({ seed: 'loc', count: 400, locales: ['cz', 'GR'] });
    expect(new Set(rows.map((r) => r.person.loc.code))).toEqual(new Set(['CZ', 'GR']));
  });

  it('uses every locale by default', () => {
    const codes = new Set(labeled({ seed: 'all', count: 4000 }).map((r) => r.person.loc.code));
    expect([...codes].sort()).toEqual([...LOCALE_CODES].sort());
  });

  it.each([
    [{ seed: 's', count: -1 }, 'count'],
    [{ seed: 's', count: 1.5 }, 'count'],
    [{ seed: 's', count: 1, dirt: 2 }, 'dirt'],
    [{ seed: 's', count: 1, locales: ['XX'] }, 'locales.0'],
    [{ seed: 's', count: 1, headers: 'pipedrive' }, 'headers'],
    [{ seed: 's', count: 1, rates: { emailTypoo: 0.1 } }, 'rates'],
    [{ count: 1 }, 'seed'],
  ])('rejects %j with an error at %s', (input, path) => {
    const result = parseGenerateOptions(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.some((e) => e.startsWith(path))).toBe(true);
  });

  it('throws a readable error from generateContacts', () => {
    expect(() => generateContacts({ seed: 's', count: 1, dirt: -1 })).toThrow(/dirt/);
  });
});
