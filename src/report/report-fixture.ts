/**
 * Test helper: a realistic audit of an international CRM export, including hostile values
 * (markup, quotes, bidi overrides, control characters, a 300-character value) as real exports have.
 */

import type { AuditReport, FieldStats } from '../audit/report-types.ts';
import type { ContactField } from '../record/fields.ts';

export const SCRIPT_VALUE = '<script>alert(1)</script>';
export const IMG_VALUE = '"><img src=x onerror=alert(1)>';
export const LONG_VALUE = `Jednatel společnosti & ${'velmi dlouhý popis '.repeat(16)}KONEC`;

const TOTAL = 48_213;

function field(
  name: ContactField,
  header: string,
  filled: number,
  verdicts: [number, number, number],
  fixable: number,
  reasons: FieldStats['reasons'] = [],
): FieldStats {
  const [valid, risky, invalid] = verdicts;
  return {
    field: name,
    header,
    filled,
    fillRate: filled / TOTAL,
    verdicts: { valid, risky, invalid },
    fixable,
    reasons,
  };
}

const FIELDS: FieldStats[] = [
  field('email', 'E-mail', 46_870, [43_512, 2_101, 1_257], 3_904, [
    {
      code: 'email.syntax',
      severity: 'error',
      message: 'Not a valid email address: the domain part is missing.',
      count: 1_102,
      examples: [
        { row: 17, value: 'jan.novak@' },
        { row: 412, value: 'info(at)firma.cz' },
        { row: 9_051, value: IMG_VALUE },
      ],
    },
    {
      code: 'email.typo',
      severity: 'warning',
      message: 'The domain looks like a typo of a common provider.',
      count: 1_388,
      examples: [
        { row: 23, value: 'eleni.papadopoulou@gmial.com', suggestion: 'eleni.papadopoulou@gmail.com' },
        { row: 88, value: 'k.wisniewski@wp.pll', suggestion: 'k.wisniewski@wp.pl' },
      ],
    },
    {
      code: 'email.disposable',
      severity: 'warning',
      message: 'Disposable mailbox domain: the address will not stay reachable.',
      count: 713,
      examples: [{ row: 1_204, value: 'test123@mailinator.com' }],
    },
    {
      code: 'email.case',
      severity: 'info',
      message: 'Upper-case letters in the domain were lowered.',
      count: 3_904,
      examples: [{ row: 5, value: '  Petr.Dvorak@Seznam.CZ ' }],
    },
  ]),
  field('phone', 'Phone', 39_022, [35_880, 1_790, 1_352], 21_400, [
    {
      code: 'phone.invalid',
      severity: 'error',
      message: 'Not a possible phone number for the region.',
      count: 1_352,
      examples: [
        { row: 31, value: '+420 123' },
        { row: 77, value: '000000000' },
      ],
    },
    {
      code: 'phone.no_country',
      severity: 'warning',
      message: 'No country code and no country on the record; the region was guessed.',
      count: 1_790,
      examples: [{ row: 12, value: '601 234 567', suggestion: '+420601234567' }],
    },
  ]),
  field('first_name', 'First Name', 47_950, [47_602, 348, 0], 1_210, [
    {
      code: 'name.markup',
      severity: 'warning',
      message: 'The name contains markup characters.',
      count: 2,
      examples: [
        { row: 3_310, value: IMG_VALUE },
        { row: 3_311, value: 'Ελένη\u202Eevil\u0007' },
      ],
    },
    {
      code: 'name.all_caps',
      severity: 'warning',
      message: 'Written in capitals; a mixed-case form is suggested.',
      count: 346,
      examples: [{ row: 64, value: 'MAŁGORZATA', suggestion: 'Małgorzata' }],
    },
  ]),
  field('last_name', 'Last Name', 48_001, [48_001, 0, 0], 120),
  field('company', 'Company', 41_307, [40_112, 1_195, 0], 2_088, [
    {
      code: 'company.placeholder',
      severity: 'warning',
      message: 'Looks like a placeholder, not a company name.',
      count: 1_193,
      examples: [
        { row: 8, value: 'n/a' },
        { row: 2_002, value: SCRIPT_VALUE },
        { row: 2_003, value: 'AT&T "Labs" <R&D>' },
      ],
    },
    {
      code: 'company.long',
      severity: 'warning',
      message: 'Unusually long for a company name; probably a description.',
      count: 2,
      examples: [{ row: 4_410, value: LONG_VALUE }],
    },
  ]),
  field('website', 'Web', 22_940, [22_010, 930, 0], 8_760, [
    {
      code: 'website.parked',
      severity: 'warning',
      message: 'The domain has no MX or A record.',
      count: 930,
      examples: [{ row: 101, value: 'http://www.example-firma.cz/' }],
    },
  ]),
  field('country', 'Country', 44_580, [43_900, 412, 268], 30_115, [
    {
      code: 'country.unknown',
      severity: 'error',
      message: 'Not a recognised country name or code.',
      count: 268,
      examples: [{ row: 41, value: 'Czechoslovakia' }],
    },
    {
      code: 'country.ambiguous',
      severity: 'warning',
      message: 'Could be more than one country.',
      count: 412,
      examples: [{ row: 90, value: 'Georgia', suggestion: 'GE' }],
    },
  ]),
  field('lifecycle_stage', 'Lifecycle Stage', 47_400, [47_400, 0, 0], 0),
  field('last_activity_at', 'Last Activity Date', 31_006, [30_880, 0, 126], 31_006, [
    {
      code: 'date.unparsable',
      severity: 'error',
      message: 'Not a date in any supported format.',
      count: 126,
      examples: [{ row: 14, value: '31/02/2021' }],
    },
  ]),
];

export function fixtureReport(): AuditReport {
  return {
    kempt: { version: '0.1.0' },
    generatedAt: '2025-06-02T09:41:17.000Z',
    elapsedMs: 812,
    file: {
      path: '/home/ops/exports/hubspot-contacts-2025-06.csv',
      bytes: 9_834_112,
      encoding: 'utf-8',
      delimiter: ';',
      columns: [
        ...FIELDS.map((f) => ({ header: f.header, field: f.field })),
        { header: 'Lead Score (custom)', field: null },
        { header: SCRIPT_VALUE, field: null },
      ],
      blankLines: 3,
      shortRows: 2,
      longRows: 1,
      raggedExamples: [1_877, 20_410, 30_002],
    },
    records: { total: TOTAL, clean: 39_870, withWarnings: 5_614, withErrors: 2_729 },
    fields: FIELDS,
    duplicates: [
      {
        key: 'email',
        label: 'email',
        groups: 1_204,
        extraRecords: 1_530,
        largest: [
          {
            key: 'info@firma.cz',
            count: 14,
            rows: [3, 90, 412, 1_001, 1_877, 2_002, 3_003, 4_004, 5_005, 6_006, 7_007, 8_008, 9_009, 10_010],
          },
          { key: SCRIPT_VALUE, count: 3, rows: [2_002, 2_003, 2_004] },
        ],
      },
      {
        key: 'phone',
        label: 'phone',
        groups: 802,
        extraRecords: 911,
        largest: [{ key: '+420601234567', count: 6, rows: [12, 13, 14, 15, 16, 17] }],
      },
      { key: 'name_company', label: 'name and company', groups: 0, extraRecords: 0, largest: [] },
    ],
    testRecords: {
      count: 57,
      examples: [
        { row: 1_204, reason: 'Email at mailinator.com and first name "Test"' },
        { row: 2_002, reason: `Company is ${SCRIPT_VALUE}` },
      ],
    },
    stale: {
      months: 24,
      basis: 'last_activity_at',
      count: 9_420,
      withoutDate: 17_207,
      examples: [
        { row: 2, date: '2019-03-14' },
        { row: 6, date: '2021-11-30' },
      ],
    },
    gate: {
      channel: 'import',
      config: 'kempt.config.yaml',
      actions: { accept: 2104, fix: 9315, quarantine: 1188, reject: 0 },
      rules: [
        {
          ruleId: 'email-format',
          code: 'email.syntax_invalid',
          field: 'email',
          action: 'quarantine',
          count: 612,
          rows: [3, 18],
        },
        {
          ruleId: 'reachable',
          code: 'record.incomplete',
          field: 'email',
          action: 'quarantine',
          count: 401,
          rows: [7],
        },
      ],
    },
    score: {
      value: 71.6,
      grade: 'C',
      components: [
        {
          name: 'validity',
          weight: 30,
          value: 91.2,
          explanation: '2,729 records hold at least one invalid value.',
        },
        {
          name: 'standardization',
          weight: 15,
          value: 58.4,
          explanation: '98,603 values would change under certain fixes.',
        },
        {
          name: 'risk',
          weight: 15,
          value: 76.9,
          explanation: 'Risky values: typos, disposable mailboxes, guessed regions.',
        },
        {
          name: 'completeness',
          weight: 15,
          value: 82.3,
          explanation: 'Average fill rate of the key fields (email, phone, company, country).',
        },
        {
          name: 'uniqueness',
          weight: 15,
          value: 68.2,
          explanation: '1,530 records repeat an email of another record.',
        },
        {
          name: 'freshness',
          weight: 10,
          value: 35.5,
          explanation: '9,420 dated records have had no activity for 24 months.',
        },
      ],
      formula: 'score = Σ weight × component / Σ weight; grade A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, else F',
    },
  };
}

/** No rows, no mapped fields: what auditing an empty file yields. */
export function emptyReport(): AuditReport {
  return {
    kempt: { version: '0.1.0' },
    generatedAt: 'not a date',
    elapsedMs: 0,
    file: {
      path: 'empty.csv',
      bytes: 0,
      encoding: 'utf-8',
      delimiter: ',',
      columns: [],
      blankLines: 0,
      shortRows: 0,
      longRows: 0,
      raggedExamples: [],
    },
    records: { total: 0, clean: 0, withWarnings: 0, withErrors: 0 },
    fields: [],
    duplicates: [],
    testRecords: { count: 0, examples: [] },
    stale: { months: 24, basis: null, count: 0, withoutDate: 0, examples: [] },
    gate: {
      channel: 'cli',
      config: 'shipped default',
      actions: { accept: 0, fix: 0, quarantine: 0, reject: 0 },
      rules: [],
    },
    score: { value: 0, grade: 'F', components: [], formula: 'score = Σ weight × component / Σ weight' },
  };
}
