/**
 * The gate, rule by rule and action by action: each case is a config (YAML, as a team writes it), a
 * record and a channel, and the decision the gate must reach.
 */

import { describe, expect, it } from 'vitest';
import { type Channel, defaultConfig, formatConfigError, parseConfig } from '../rules/config/index.ts';
import { createGate, type Gate } from './gate.ts';
import type { Decision, DuplicatePort, GateRecord } from './types.ts';

const NOW = new Date('2026-01-01T00:00:00Z');
const CHANNELS: readonly Channel[] = ['form', 'api', 'import', 'sync', 'cli'];

/** Strips the indentation the YAML has in this file, so configs can be written in place. */
function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

/** A gate for a config written after `version: 1`; a config error fails the test with its line. */
function gateFor(yaml: string): Gate {
  const result = parseConfig(`version: 1\n${dedent(yaml)}`, 'test.yaml');
  if (!result.ok) throw new Error(result.errors.map((e) => formatConfigError(e, 'test.yaml')).join('\n'));
  return createGate(result.config, { now: NOW });
}

/** Changes as [field, before, after, code, ruleId]. */
function changesOf(d: Decision) {
  return d.changes.map((c) => [c.field, c.before, c.after, c.code, c.ruleId]);
}

/** Findings a config rule gave an action, as [field, code, action, ruleId]. */
function ruled(d: Decision) {
  return d.findings.filter((f) => f.ruleId !== undefined).map((f) => [f.field, f.code, f.action, f.ruleId]);
}

describe('format rules', () => {
  const gate = gateFor(`
    fields:
      email:
        rules:
          - id: email-format
            type: format
            action: fix
            otherwise: { default: quarantine, form: block, api: block }
            message: Please enter a valid email address.
      phone:
        rules:
          - id: phone-strict
            type: format
            action: quarantine
  `);

  it('applies the fix and records the change', () => {
    const d = gate.check({ email: '  Jana.Kral@Seznam.CZ ' }, { channel: 'api' });
    expect(d.action).toBe('fix');
    expect(d.record).toEqual({ email: 'Jana.Kral@seznam.cz' });
    expect(changesOf(d)).toEqual([
      ['email', '  Jana.Kral@Seznam.CZ ', 'Jana.Kral@seznam.cz', 'email.standardized', 'email-format'],
    ]);
    expect(d.changes[0]!.reason).not.toBe('');
  });

  it.each([
    ['form', 'reject', 'block'],
    ['api', 'reject', 'block'],
    ['import', 'quarantine', 'quarantine'],
    ['sync', 'quarantine', 'quarantine'],
    ['cli', 'quarantine', 'quarantine'],
  ] as const)('an address no fix can save gets the otherwise action on %s', (channel, action, finding) => {
    const d = gate.check({ email: 'jana.kral@@acme' }, { channel });
    expect(d.action).toBe(action);
    expect(d.record.email).toBe('jana.kral@@acme');
    expect(ruled(d)).toEqual([['email', 'email.syntax_invalid', finding, 'email-format']]);
    expect(d.findings[0]!.message).toMatch(/^Please enter a valid email address\. \(/);
  });

  it.each([
    ['+420 601 123 456', 'accept', []],
    ['12', 'quarantine', [['phone', 'phone.invalid', 'quarantine', 'phone-strict']]],
  ])('a format rule whose action is not fix never changes the value: %j', (phone, action, findings) => {
    const record = { phone };
    const d = gate.check(record, { channel: 'cli' });
    expect(d.action).toBe(action);
    expect(d.record).toBe(record);
    expect(d.changes).toEqual([]);
    expect(ruled(d)).toEqual(findings);
  });
});

describe('regex rules', () => {
  const gate = gateFor(`
    fields:
      last_name:
        rules:
          - id: latin-start
            type: regex
            pattern: '^[a-z]'
            flags: i
            action: block
          - id: no-digits
            type: regex
            pattern: '\\d'
            must: not_match
            action: warn
    custom_fields:
      Code:
        rules:
          - id: code-form
            type: regex
            pattern: '^[A-Z]{2}-\\d+$'
            action: quarantine
  `);

  it.each([
    [{ last_name: 'Novák' }, 'accept', []],
    [{ last_name: 'novák' }, 'accept', []], // flag i
    [{ last_name: 'Ελένη' }, 'reject', [['last_name', 'regex.no_match', 'block', 'latin-start']]],
    [{ last_name: 'Novák2' }, 'accept', [['last_name', 'regex.match', 'warn', 'no-digits']]],
    [
      { last_name: '2Novák' },
      'reject',
      [
        ['last_name', 'regex.no_match', 'block', 'latin-start'],
        ['last_name', 'regex.match', 'warn', 'no-digits'],
      ],
    ],
    [{ 'custom.Code': 'AB-12' }, 'accept', []],
    [{ 'custom.Code': 'CD-345' }, 'accept', []],
    [
      { 'custom.Code': 'ab-12' },
      'quarantine',
      [['custom.Code', 'regex.no_match', 'quarantine', 'code-form']],
    ],
    [
      { 'custom.Code': 'AB-12 ' },
      'quarantine',
      [['custom.Code', 'regex.no_match', 'quarantine', 'code-form']],
    ],
  ] as [GateRecord, string, unknown[]][])('%j → %s', (record, action, findings) => {
    const d = gate.check(record, { channel: 'cli' });
    expect(d.action).toBe(action);
    expect(ruled(d)).toEqual(findings);
  });

  it('says what form was expected', () => {
    const d = gate.check({ 'custom.Code': 'x' }, { channel: 'cli' });
    expect(d.findings[0]!.message).toBe('custom.Code does not have the required form (^[A-Z]{2}-\\d+$).');
    expect(d.findings[0]!.severity).toBe('error');
  });
});

describe('length rules count code points', () => {
  const gate = gateFor(`
    custom_fields:
      Nickname:
        rules:
          - id: nick-length
            type: length
            min: 2
            max: 6
            action: quarantine
  `);

  it.each([
    ['Dvořák', undefined], // 6 code points, 8 bytes in UTF-8
    ['  Dvořák  ', undefined], // counted after trimming
    ['𝒜𝒷𝒸𝒹𝑒𝒻', undefined], // 6 code points, 12 UTF-16 units
    ['Ян', undefined],
    ['Dvořáková', 'first:length.too_long:custom.Nickname has 9 characters; at most 6 are allowed.'],
    ['J', 'first:length.too_short:custom.Nickname has 1 characters; at least 2 are needed.'],
    ['😀', 'first:length.too_short:custom.Nickname has 1 characters; at least 2 are needed.'],
  ])('%j', (value, expected) => {
    const d = gate.check({ 'custom.Nickname': value }, { channel: 'cli' });
    if (expected === undefined) {
      expect(d.action).toBe('accept');
      expect(d.findings).toEqual([]);
    } else {
      const [, code, message] = expected.split(':');
      expect(d.action).toBe('quarantine');
      expect(d.findings.map((f) => [f.code, f.message, f.action, f.ruleId])).toEqual([
        [code, message, 'quarantine', 'nick-length'],
      ]);
    }
  });
});

describe('range rules read numbers as people write them', () => {
  const gate = gateFor(`
    custom_fields:
      Employees:
        rules:
          - id: employees-range
            type: range
            min: 1
            max: 5000
            action: quarantine
      Rating:
        rules:
          - id: rating-range
            type: range
            min: 0
            max: 5
            action: warn
  `);

  it.each([
    ['custom.Employees', '1200', undefined],
    ['custom.Employees', '1 200', undefined],
    ['custom.Employees', '1\u00a0200', undefined],
    ['custom.Employees', '5000', undefined],
    ['custom.Employees', '0', 'range.below_min|custom.Employees is 0; the smallest allowed is 1.'],
    ['custom.Employees', '-3', 'range.below_min|custom.Employees is -3; the smallest allowed is 1.'],
    ['custom.Employees', '6 000', 'range.above_max|custom.Employees is 6000; the largest allowed is 5000.'],
    [
      'custom.Employees',
      'many',
      'range.not_a_number|custom.Employees should be a number; "many" is not one.',
    ],
    [
      'custom.Employees',
      '1.200,5',
      'range.not_a_number|custom.Employees should be a number; "1.200,5" is not one.',
    ],
    ['custom.Rating', '4,5', undefined], // a decimal comma: 4.5, not 45
    ['custom.Rating', '4.5', undefined],
    ['custom.Rating', '5,5', 'range.above_max|custom.Rating is 5.5; the largest allowed is 5.'],
    ['custom.Rating', '1 200', 'range.above_max|custom.Rating is 1200; the largest allowed is 5.'],
    ['custom.Employees', '1,200', undefined], // thousands grouped with a comma: 1200
    ['custom.Employees', '12,500', 'range.above_max|custom.Employees is 12500; the largest allowed is 5000.'],
    ['custom.Employees', '1,200.5', undefined],
    ['custom.Rating', '+1,5', undefined],
  ])('%s %j', (field, value, expected) => {
    const d = gate.check({ [field]: value }, { channel: 'import' });
    const found = d.findings.map((f) => `${f.code}|${f.message}`);
    expect(found).toEqual(expected === undefined ? [] : [expected]);
    const action = field === 'custom.Rating' ? 'accept' : 'quarantine';
    expect(d.action).toBe(expected === undefined ? 'accept' : action);
    expect(d.record[field as 'custom.Employees']).toBe(value);
  });
});

describe('picklist rules', () => {
  const gate = gateFor(`
    fields:
      lifecycle_stage:
        rules:
          - id: stage
            type: picklist
            preset: lifecycle_stage
            action: fix
    custom_fields:
      Tier:
        rules:
          - id: tier
            type: picklist
            values:
              - value: gold
                label: Gold
                synonyms: [premium]
              - silver
            action: fix
            otherwise: { default: warn, import: quarantine }
      Plan:
        rules:
          - id: plan
            type: picklist
            output: value
            values:
              - value: ent
                label: Enterprise
                synonyms: [corporate]
            action: fix
  `);

  it.each([
    ['lifecycle_stage', 'client', 'Customer'],
    ['lifecycle_stage', 'mql', 'Marketing Qualified Lead'],
    ['lifecycle_stage', 'CUSTOMER', 'Customer'],
    ['custom.Tier', 'premium', 'Gold'],
    ['custom.Tier', 'GOLD', 'Gold'],
    ['custom.Tier', 'Silver', 'silver'],
    ['custom.Plan', 'corporate', 'ent'],
    ['custom.Plan', 'Enterprise', 'ent'],
  ])('%s: %j is mapped to %j', (field, before, after) => {
    const ruleId = field === 'lifecycle_stage' ? 'stage' : field === 'custom.Tier' ? 'tier' : 'plan';
    const d = gate.check({ [field]: before }, { channel: 'cli' });
    expect(d.action).toBe('fix');
    expect(changesOf(d)).toEqual([[field, before, after, 'picklist.mapped', ruleId]]);
  });

  it('keeps an allowed value as it is', () => {
    const record = { lifecycle_stage: 'Lead', 'custom.Tier': 'Gold', 'custom.Plan': 'ent' };
    const d = gate.check(record, { channel: 'cli' });
    expect(d.action).toBe('accept');
    expect(d.record).toBe(record);
  });

  it('flags a value no synonym explains, and leaves it', () => {
    const d = gate.check({ 'custom.Tier': 'bronze' }, { channel: 'cli' });
    expect(d.action).toBe('accept');
    expect(d.record['custom.Tier']).toBe('bronze');
    expect(ruled(d)).toEqual([['custom.Tier', 'picklist.unknown', 'warn', 'tier']]);
  });

  // The fix rule's `otherwise` is what happens when no certain fix exists: for a picklist, a value
  // that is not one of the allowed values or their synonyms (the shipped config relies on this).
  it.each([
    ['cli', 'accept', 'warn'],
    ['form', 'accept', 'warn'],
    ['import', 'quarantine', 'quarantine'],
  ] as const)('a value no synonym explains gets the otherwise action on %s', (channel, action, finding) => {
    const d = gate.check({ 'custom.Tier': 'bronze' }, { channel });
    expect(d.action).toBe(action);
    expect(ruled(d)).toEqual([['custom.Tier', 'picklist.unknown', finding, 'tier']]);
  });

  // The shipped config: "a whole file of unknown stages deserves a look before it lands".
  it.each([
    ['cli', 'accept', 'warn'],
    ['import', 'quarantine', 'quarantine'],
  ] as const)('shipped config: an unknown lifecycle stage on %s → %s', (channel, action, finding) => {
    const shipped = createGate(defaultConfig(), { now: NOW });
    const record = {
      email: 'jana.kral@acme.cz',
      website: 'acme.cz',
      lead_source: 'Event',
      lifecycle_stage: 'banana',
    };
    const d = shipped.check(record, { channel });
    expect(d.action).toBe(action);
    expect(ruled(d)).toEqual([['lifecycle_stage', 'picklist.unknown', finding, 'lifecycle-stage-picklist']]);
  });
});

describe('country picklist (preset)', () => {
  const countryGate = (output: 'label' | 'value') =>
    gateFor(`
      fields:
        country:
          rules:
            - id: country-list
              type: picklist
              preset: country
              output: ${output}
              values:
                - value: US
                  synonyms: [Murica]
              action: fix
              otherwise: { default: warn, api: block }
    `);
  const byLabel = countryGate('label');
  const byValue = countryGate('value');

  it.each([
    ['Murica', 'United States', 'US', 'US'],
    ['u.s.a.', 'United States', 'US', 'US'],
    ['Deutschland', 'Germany', 'DE', 'DE'],
    ['Česko', 'Czechia', 'CZ', 'CZ'],
    ['Ελλάδα', 'Greece', 'GR', 'GR'],
    ['Polska', 'Poland', 'PL', 'PL'],
  ])('%j → label %j, value %j (record country %s)', (input, label, value, code) => {
    const a = byLabel.check({ country: input }, { channel: 'cli' });
    const b = byValue.check({ country: input }, { channel: 'cli' });
    expect([a.action, a.record.country, a.country]).toEqual(['fix', label, code]);
    expect([b.action, b.record.country, b.country]).toEqual(['fix', value, code]);
    expect(changesOf(b)).toEqual([['country', input, value, 'picklist.mapped', 'country-list']]);
  });

  it.each([
    [byLabel, 'United States'],
    [byValue, 'US'],
  ])('keeps the form it writes (%#)', (gate, value) => {
    const record = { country: value };
    const d = gate.check(record, { channel: 'cli' });
    expect([d.action, d.record, d.country]).toEqual(['accept', record, 'US']);
  });

  it.each([
    ['cli', 'accept', 'warn'],
    ['api', 'reject', 'block'],
  ] as const)('an unknown country on %s', (channel, action, finding) => {
    const d = byLabel.check({ country: 'Atlantis' }, { channel });
    expect([d.action, d.record.country, d.country]).toEqual([action, 'Atlantis', undefined]);
    expect(ruled(d)).toEqual([['country', 'country.unknown', finding, 'country-list']]);
  });
});

describe('email_domain rules', () => {
  const blocking = gateFor(`
    fields:
      email:
        rules:
          - id: work-email
            type: email_domain
            block: [free, disposable, rival.com, bücher.de]
            action: block
            message: Please use your work email.
  `);
  const allowing = gateFor(`
    fields:
      email:
        rules:
          - id: staff-only
            type: email_domain
            allow: [acme.com]
            action: quarantine
  `);

  it.each([
    ['jana.kral@gmail.com', 'reject'], // free
    ['jana.kral@Seznam.CZ', 'reject'], // free, any case
    ['jana.kral@mailinator.com', 'reject'], // disposable
    ['jana.kral@rival.com', 'reject'], // listed
    ['jana.kral@eu.sales.rival.com', 'reject'], // a subdomain of a listed domain
    ['jana.kral@bücher.de', 'reject'], // an internationalised domain
    ['jana.kral@BÜCHER.DE', 'reject'],
    ['jana.kral@xn--bcher-kva.de', 'reject'], // the same domain in punycode
    ['jana.kral@notrival.com', 'accept'], // not a subdomain
    ['jana.kral@rival.com.evil.org', 'accept'],
    ['jana.kral@acme.cz', 'accept'],
  ])('block list: %s → %s', (email, action) => {
    const d = blocking.check({ email }, { channel: 'form' });
    expect(d.action).toBe(action);
    expect(ruled(d)).toEqual(
      action === 'reject' ? [['email', 'email_domain.blocked', 'block', 'work-email']] : [],
    );
    if (action === 'reject') expect(d.findings.at(-1)!.message).toBe('Please use your work email.');
  });

  it.each([
    ['jana.kral@acme.com', []],
    ['jana.kral@sales.acme.com', []],
    ['jana.kral@ACME.COM', []],
    ['jana.kral@acme.com.evil.org', [['email', 'email_domain.not_allowed', 'quarantine', 'staff-only']]],
    ['jana.kral@gmail.com', [['email', 'email_domain.not_allowed', 'quarantine', 'staff-only']]],
    ['not an address', []], // no domain to judge: the email checks report the address itself
  ])('allow list: %s', (email, findings) => {
    const d = allowing.check({ email }, { channel: 'api' });
    expect(ruled(d)).toEqual(findings);
    expect(d.action).toBe(findings.length > 0 ? 'quarantine' : 'accept');
  });
});

describe('field_check rules give the module findings their action', () => {
  const gate = gateFor(`
    fields:
      email:
        rules:
          - id: email-format
            type: format
            action: fix
          - id: email-checks
            type: field_check
            checks:
              email.disposable: block
              email.role: quarantine
              email.free_provider: warn
  `);
  const plain = gateFor(`
    fields:
      email:
        rules:
          - id: email-format
            type: format
            action: fix
  `);

  it.each([
    ['jana.kral@mailinator.com', 'reject', ['email', 'email.disposable', 'block', 'email-checks']],
    ['info@acme.cz', 'quarantine', ['email', 'email.role', 'quarantine', 'email-checks']],
    ['jana.kral@gmail.com', 'accept', ['email', 'email.free_provider', 'warn', 'email-checks']],
  ])('%s → %s', (email, action, finding) => {
    const d = gate.check({ email }, { channel: 'cli' });
    expect(d.action).toBe(action);
    expect(ruled(d)).toEqual([finding]);
  });

  it.each([
    ['jana.kral@mailinator.com', 'accept', [['email', 'email.disposable', 'warn', 'email-format']]],
    ['jana.kral@gmail.com', 'accept', []], // information only
  ])('without the override: %s → %s', (email, action, findings) => {
    const d = plain.check({ email }, { channel: 'cli' });
    expect(d.action).toBe(action);
    expect(ruled(d)).toEqual(findings);
  });
});

describe('actions', () => {
  const gate = gateFor(`
    fields:
      first_name:
        rules:
          - id: name-fix
            type: format
            action: fix
      job_title:
        rules:
          - id: no-test-title
            type: regex
            pattern: '^test$'
            flags: i
            must: not_match
            action: block
    custom_fields:
      Region:
        rules:
          - id: region-known
            type: regex
            pattern: '^(EMEA|APAC|AMER)$'
            action: quarantine
      Note:
        rules:
          - id: short-note
            type: length
            max: 10
            action: warn
  `);

  it.each([
    ['block', { job_title: 'TEST' }, 'reject'],
    ['quarantine', { 'custom.Region': 'Mars' }, 'quarantine'],
    ['fix', { first_name: 'JANA' }, 'fix'],
    ['warn', { 'custom.Note': 'far too long a note' }, 'accept'],
    ['warn with a fix', { first_name: 'JANA', 'custom.Note': 'far too long a note' }, 'fix'],
    ['block beats quarantine', { job_title: 'test', 'custom.Region': 'Mars' }, 'reject'],
    ['quarantine beats fix', { first_name: 'JANA', 'custom.Region': 'Mars' }, 'quarantine'],
  ] as [string, GateRecord, string][])('%s → %s', (_, record, action) => {
    expect(gate.check(record, { channel: 'api' }).action).toBe(action);
  });

  it('fix: the changed record is a copy, the input is untouched', () => {
    const record = { first_name: 'JANA', 'custom.Region': 'EMEA' };
    const d = gate.check(record, { channel: 'api' });
    expect(d.record).toEqual({ first_name: 'Jana', 'custom.Region': 'EMEA' });
    expect(record).toEqual({ first_name: 'JANA', 'custom.Region': 'EMEA' });
    expect(changesOf(d)).toEqual([['first_name', 'JANA', 'Jana', 'first_name.standardized', 'name-fix']]);
  });

  it('warn: accepted, with the finding', () => {
    const d = gate.check({ 'custom.Note': 'far too long a note' }, { channel: 'api' });
    expect(ruled(d)).toEqual([['custom.Note', 'length.too_long', 'warn', 'short-note']]);
    expect(d.findings[0]!.severity).toBe('warning');
  });

  it('a record with no problem is accepted as the same object', () => {
    const record = { first_name: 'Jana', job_title: 'Sales Manager', 'custom.Region': 'EMEA' };
    const d = gate.check(record, { channel: 'api' });
    expect(d.action).toBe('accept');
    expect(d.record).toBe(record);
    expect(d.changes).toEqual([]);
    expect(d.findings).toEqual([]);
    expect([d.tags, d.review]).toEqual([[], []]);
  });
});

describe('required fields per channel', () => {
  const gate = gateFor(`
    fields:
      email:
        required: { import: true, api: true }
      company:
        required: { default: warn, sync: block, form: false }
      phone:
        required: true
  `);
  const FULL = { email: 'jana.kral@acme.cz', company: 'Acme', phone: '+420601123456' };

  it.each([
    ['form', 'accept', []],
    ['api', 'reject', ['block']],
    ['import', 'quarantine', ['quarantine']],
    ['sync', 'accept', []],
    ['cli', 'accept', []],
  ] as const)('a blank email on %s → %s', (channel, action, findings) => {
    for (const email of [undefined, '', '   ', '\u00a0\t']) {
      const record: GateRecord = { ...FULL, email };
      const d = gate.check(record, { channel });
      expect(d.action).toBe(action);
      expect(ruled(d)).toEqual(findings.map((a) => ['email', 'required.missing', a, 'email.required']));
    }
  });

  it.each([
    ['form', []],
    ['api', [['company', 'warn']]],
    ['import', [['company', 'warn']]],
    ['sync', [['company', 'block']]],
    ['cli', [['company', 'warn']]],
  ] as const)('explicit actions per channel: a blank company on %s', (channel, findings) => {
    const d = gate.check({ ...FULL, company: '' }, { channel });
    expect(ruled(d).map(([field, , action]) => [field, action])).toEqual(findings);
    expect(d.action).toBe(channel === 'sync' ? 'reject' : 'accept');
  });

  it.each([
    ['form', 'reject'],
    ['api', 'reject'],
    ['import', 'quarantine'],
    ['sync', 'quarantine'],
    ['cli', 'quarantine'],
  ] as const)('required: true on %s → %s', (channel, action) => {
    const d = gate.check({ ...FULL, phone: ' ' }, { channel });
    expect(d.action).toBe(action);
    expect(d.findings.map((f) => f.message)).toContain(
      `phone is required ${channel === 'form' ? 'on the web form' : channel === 'api' ? 'through the API' : channel === 'import' ? 'in an import' : channel === 'sync' ? 'in a CRM sync' : 'here'}.`,
    );
  });
});

describe('junk that holds no value', () => {
  const gate = gateFor(`
    fields:
      email:
        required: { api: true }
        rules:
          - id: email-format
            type: format
            action: fix
  `);

  // The email module reads "mailto:" as an empty address (verdict empty, normalized ""): a
  // required email must not be satisfied by it.
  it('"mailto:" does not satisfy a required email', () => {
    const d = gate.check({ email: 'mailto:' }, { channel: 'api' });
    expect(d.action).toBe('reject');
    expect(ruled(d)).toEqual([['email', 'required.missing', 'block', 'email.required']]);
  });
});

describe('the channel default country', () => {
  const gate = gateFor(`
    channels:
      form: { default_country: DE }
    fields:
      phone:
        rules:
          - id: phone-format
            type: format
            action: fix
    automations:
      - id: country-from-phone
        then:
          - derive: country_from_phone
  `);

  it.each([
    ['form', { phone: '030 1234567' }, '+49301234567', 'DE', undefined],
    ['api', { phone: '030 1234567' }, '030 1234567', undefined, undefined],
    ['form', { phone: '030 1234567', country: 'Austria' }, '030 1234567', 'AT', 'Austria'],
    ['api', { phone: '+49 30 1234567' }, '+49301234567', 'DE', 'DE'],
  ] as [Channel, GateRecord, string, string | undefined, string | undefined][])(
    '%s %j: phone %s, decision country %s, record country %s',
    (channel, record, phone, code, country) => {
      const d = gate.check(record, { channel });
      expect([d.record.phone, d.country, d.record.country]).toEqual([phone, code, country]);
    },
  );
});

describe('rules limited to channels', () => {
  const gate = gateFor(`
    fields:
      first_name:
        rules:
          - id: name-fix
            type: format
            action: fix
            channels: [form]
    custom_fields:
      Consent:
        rules:
          - id: consent-yes
            type: regex
            pattern: '^yes$'
            action: block
            channels: [form]
    record_rules:
      - id: form-needs-phone
        when: { channel: form }
        require: [phone]
        action: quarantine
  `);

  it.each(CHANNELS)('on %s', (channel) => {
    const d = gate.check({ first_name: 'JANA', 'custom.Consent': 'no' }, { channel });
    if (channel === 'form') {
      expect(d.action).toBe('reject');
      expect(d.record.first_name).toBe('Jana');
      expect(ruled(d)).toEqual([
        ['custom.Consent', 'regex.no_match', 'block', 'consent-yes'],
        ['phone', 'record.incomplete', 'quarantine', 'form-needs-phone'],
      ]);
    } else {
      expect(d.action).toBe('accept');
      expect(d.record.first_name).toBe('JANA');
      expect(ruled(d)).toEqual([]);
    }
  });
});

describe('record rules', () => {
  const gate = gateFor(`
    fields:
      lifecycle_stage:
        rules:
          - id: stage
            type: picklist
            preset: lifecycle_stage
            action: fix
    record_rules:
      - id: customer-company
        when: { lifecycle_stage: { equals: customer } }
        require: [company]
        action: quarantine
      - id: german-address
        when: { country: DE }
        require: [postcode, city]
        action: warn
      - id: vip-owner
        when: { custom.Tier: { in: [gold, platinum] } }
        require: [owner]
        action: block
      - id: test-domain
        when: { email: { matches: 'example\\.(com|org)$', flags: i } }
        require_any: [phone, mobile]
        action: quarantine
        message: Test-domain contacts need a phone.
      - id: plzen-street
        when: { city: { equals: Plzeň } }
        require: [street]
        action: warn
      - id: phone-country
        when: { phone: { not_empty: true } }
        require: [country]
        action: warn
  `);

  it.each([
    // equals, case and accents folded; read after the picklist fix ("client" → Customer)
    [{ lifecycle_stage: 'Customer' }, 'quarantine', [['company', 'customer-company', 'company is missing.']]],
    [{ lifecycle_stage: 'client' }, 'quarantine', [['company', 'customer-company', 'company is missing.']]],
    [{ lifecycle_stage: 'CUSTOMER', company: 'Acme' }, 'fix', []],
    [{ lifecycle_stage: 'Lead' }, 'accept', []],
    // countries by ISO code
    [{ country: 'Germany' }, 'accept', [['postcode', 'german-address', 'postcode, city are missing.']]],
    [
      { country: 'Deutschland', postcode: '10115' },
      'accept',
      [['city', 'german-address', 'city is missing.']],
    ],
    [{ country: 'DE', postcode: '10115', city: 'Berlin' }, 'accept', []],
    [{ country: 'Austria' }, 'accept', []],
    // in
    [{ 'custom.Tier': 'GOLD' }, 'reject', [['owner', 'vip-owner', 'owner is missing.']]],
    [{ 'custom.Tier': 'Platinum', owner: 'anna' }, 'accept', []],
    [{ 'custom.Tier': 'silver' }, 'accept', []],
    // matches with flags, require_any with the rule's message
    [
      { email: 'jana@EXAMPLE.COM' },
      'quarantine',
      [['phone', 'test-domain', 'Test-domain contacts need a phone.']],
    ],
    [{ email: 'jana@example.org', mobile: '+420 601 123 456' }, 'accept', []],
    [{ email: 'jana@example.net' }, 'accept', []],
    [{ city: 'PLZEN' }, 'accept', [['street', 'plzen-street', 'street is missing.']]],
    [{ city: 'plzeň', street: 'Americká 1' }, 'accept', []],
    // not_empty: a blank phone is empty
    [{ phone: '+420 601 123 456' }, 'accept', [['country', 'phone-country', 'country is missing.']]],
    [{ phone: '   ' }, 'accept', []],
  ] as [GateRecord, string, string[][]][])('%j → %s', (record, action, findings) => {
    const d = gate.check(record, { channel: 'cli' });
    expect(d.action).toBe(action);
    expect(
      d.findings.filter((f) => f.code === 'record.incomplete').map((f) => [f.field, f.ruleId, f.message]),
    ).toEqual(findings);
  });
});

describe('automations', () => {
  it('run in order: a later automation sees what an earlier one wrote', () => {
    const gate = gateFor(`
      automations:
        - id: web-lead
          when: { channel: form }
          then:
            - set: { lifecycle_stage: Lead }
        - id: tag-leads
          when: { lifecycle_stage: { equals: lead } }
          then:
            - tag: [new-lead, web]
        - id: tag-before
          when: { custom.Score: { not_empty: true } }
          then:
            - tag: scored
        - id: score
          then:
            - default: { custom.Score: '10' }
    `);
    const d = gate.check({ first_name: 'Jana' }, { channel: 'form' });
    expect(d.record).toEqual({ first_name: 'Jana', lifecycle_stage: 'Lead', 'custom.Score': '10' });
    expect(d.tags).toEqual(['new-lead', 'web']); // tag-before ran before the score was there
    expect(changesOf(d)).toEqual([
      ['lifecycle_stage', '', 'Lead', 'automation.set', 'web-lead'],
      ['custom.Score', '', '10', 'automation.default', 'score'],
    ]);
    expect(gate.check({ first_name: 'Jana' }, { channel: 'api' }).tags).toEqual([]);
  });

  const gate = gateFor(`
    fields:
      email:
        rules:
          - id: email-format
            type: format
            action: fix
            otherwise: block
      phone:
        rules:
          - id: phone-format
            type: format
            action: fix
      country:
        rules:
          - id: country-list
            type: picklist
            preset: country
            action: fix
      lead_source:
        required: { import: true }
        rules:
          - id: source
            type: picklist
            preset: lead_source
            action: fix
    automations:
      - id: domain
        when: { website: { empty: true } }
        then:
          - derive: company_domain_from_email
      - id: country-from-phone
        when: { country: { empty: true } }
        then:
          - derive: country_from_phone
      - id: title
        then:
          - derive: seniority_from_title
          - derive: department_from_title
      - id: source-default
        when: { channel: import }
        then:
          - default: { lead_source: list import }
      - id: source-set
        when: { channel: sync }
        then:
          - set: { lead_source: webinar }
      - id: territory
        when: { channel: api }
        then:
          - assign_owner:
              by_country: { DE: anna@example.com, Czechia: petr@example.com }
              otherwise: team@example.com
      - id: big-company
        when: { custom.Employees: { matches: '^\\d{5,}$' } }
        then:
          - flag_for_review: Large company, check the account owner.
          - tag: enterprise
  `);

  it.each([
    ['jana.kral@sales.acme.co.uk', 'acme.co.uk'],
    ['jana.kral@Acme.DE', 'acme.de'],
    ['jana.kral@gmail.com', undefined], // free mail says nothing about the company
    ['jana.kral@seznam.cz', undefined],
    ['jana.kral@mailinator.com', undefined], // disposable
  ])('company_domain_from_email: %s → website %s', (email, website) => {
    const d = gate.check({ email }, { channel: 'cli' });
    expect(d.record.website).toBe(website);
    expect(d.changes.filter((c) => c.ruleId === 'domain')).toEqual(
      website === undefined
        ? []
        : [
            {
              field: 'website',
              before: '',
              after: website,
              code: 'automation.derive',
              reason: 'website derived from email (company_domain_from_email)',
              ruleId: 'domain',
              confidence: 0.9,
            },
          ],
    );
  });

  it("a rule fix is certain; a derived seniority carries the title dictionary's confidence", () => {
    const shipped = createGate(defaultConfig(), { now: NOW });
    const d = shipped.check({ first_name: 'JANA', job_title: 'VP Sales' }, { channel: 'cli' });
    const by = (field: string) => d.changes.find((c) => c.field === field);
    expect(by('first_name')?.confidence).toBe(1);
    const seniority = by('custom.seniority');
    expect(seniority?.after).toBe('vp');
    expect(seniority?.confidence).toBeGreaterThan(0);
    expect(seniority?.confidence).toBeLessThanOrEqual(1);
  });

  it('company_domain_from_email leaves a website that is there', () => {
    const d = gate.check({ email: 'jana.kral@acme.de', website: 'acme.com' }, { channel: 'cli' });
    expect(d.record.website).toBe('acme.com');
  });

  it.each([
    [{ phone: '+49 30 1234567' }, 'Germany', 'DE'],
    [{ phone: '0049 30 1234567' }, 'Germany', 'DE'],
    [{ phone: '+48 601-234-567' }, 'Poland', 'PL'],
    [{ phone: '030 1234567' }, undefined, undefined], // national: its country is not in the number
    [{ phone: '+49 30 1234567', country: 'Österreich' }, 'Austria', 'AT'], // a country given stays
  ] as [GateRecord, string | undefined, string | undefined][])(
    'country_from_phone: %j → %s',
    (record, country, code) => {
      const d = gate.check(record, { channel: 'cli' });
      expect(d.record.country).toBe(country);
      expect(d.country).toBe(code);
    },
  );

  it.each([
    ['VP Sales', 'vp', 'sales'],
    ['Head of Marketing', 'head', 'marketing'],
    ['CTO', 'c_level', 'engineering'],
  ])('seniority and department from %j', (job_title, seniority, department) => {
    const d = gate.check({ job_title }, { channel: 'cli' });
    expect([d.record['custom.seniority'], d.record['custom.department']]).toEqual([seniority, department]);
    expect(d.changes.map((c) => [c.field, c.ruleId, c.code])).toEqual([
      ['custom.seniority', 'title', 'automation.derive'],
      ['custom.department', 'title', 'automation.derive'],
    ]);
  });

  it('default fills a blank field only; set replaces; both are standardized', () => {
    const imported = gate.check({ email: 'jana.kral@acme.de', website: 'acme.de' }, { channel: 'import' });
    expect(changesOf(imported)).toEqual([
      ['lead_source', '', 'List Import', 'automation.default', 'source-default'],
    ]);
    const given = { email: 'jana.kral@acme.de', website: 'acme.de', lead_source: 'Event' };
    expect(gate.check(given, { channel: 'import' }).record).toBe(given);
    const synced = gate.check(given, { channel: 'sync' });
    expect(changesOf(synced)).toEqual([['lead_source', 'Event', 'Webinar', 'automation.set', 'source-set']]);
  });

  it('a default satisfies a requirement: requirements are checked after automations', () => {
    const d = gate.check({ email: 'jana.kral@acme.de', website: 'acme.de' }, { channel: 'import' });
    expect(d.action).toBe('fix');
    expect(d.findings.filter((f) => f.code === 'required.missing')).toEqual([]);
  });

  it.each([
    [{ country: 'Deutschland' }, 'anna@example.com'],
    [{ country: 'CZ' }, 'petr@example.com'],
    [{ phone: '+420 601 123 456' }, 'petr@example.com'], // the country an earlier automation derived
    [{ country: 'France' }, 'team@example.com'],
    [{}, 'team@example.com'],
    [{ country: 'DE', owner: 'zoe@example.com' }, 'zoe@example.com'], // an owner set stays
  ] as [GateRecord, string][])('assign_owner by_country: %j → %s', (record, owner) => {
    const d = gate.check({ email: 'jana.kral@acme.de', ...record }, { channel: 'api' });
    expect(d.record.owner).toBe(owner);
  });

  it('assign_owner round_robin takes owners in turn, skipping records that have one', () => {
    const rr = gateFor(`
      automations:
        - id: rr
          when: { channel: form }
          then:
            - assign_owner: { round_robin: [anna, petr, eva] }
    `);
    const owners = [{}, {}, { owner: 'zoe' }, {}, {}].map(
      (r) => rr.check({ first_name: 'Jana', ...r }, { channel: 'form' }).record.owner,
    );
    expect(owners).toEqual(['anna', 'petr', 'zoe', 'eva', 'anna']);
    expect(rr.check({ first_name: 'Jana' }, { channel: 'api' }).record.owner).toBeUndefined();
  });

  it('tag and flag_for_review: review reasons and a warn finding', () => {
    const d = gate.check(
      { email: 'jana.kral@acme.de', website: 'acme.de', 'custom.Employees': '12000' },
      { channel: 'cli' },
    );
    expect(d.action).toBe('accept');
    expect(d.tags).toEqual(['enterprise']);
    expect(d.review).toEqual(['Large company, check the account owner.']);
    expect(d.findings).toContainEqual({
      code: 'review.flagged',
      field: 'record',
      severity: 'warning',
      message: 'Large company, check the account owner.',
      action: 'warn',
      ruleId: 'big-company',
    });
  });

  it('do not run on a rejected record', () => {
    const d = gate.check(
      { email: 'broken@@', job_title: 'VP Sales', 'custom.Employees': '12000' },
      { channel: 'sync' },
    );
    expect(d.action).toBe('reject');
    expect([d.changes, d.tags, d.review]).toEqual([[], [], []]);
    expect(d.record['custom.seniority']).toBeUndefined();
  });
});

describe('idempotence under the shipped config', () => {
  const DIRTY: GateRecord[] = [
    {
      first_name: 'JAN',
      last_name: 'NOVÁK',
      email: 'jan.NOVAK@Seznam.CZ',
      phone: '+420 601 123 456',
      country: 'Česko',
      company: 'ACME S.R.O.',
      job_title: 'VP Sales',
      lifecycle_stage: 'client',
      lead_source: 'webinar',
    },
    {
      first_name: 'anna',
      last_name: 'wiśniewska',
      email: ' Anna.Wisniewska@Firma.PL ',
      phone: '+48 601-234-567',
      country: 'Polska',
      company: 'firma sp. z o.o.',
      job_title: 'head of marketing',
    },
    {
      first_name: 'Ελένη',
      last_name: 'ΠΑΠΑΔΟΠΟΥΛΟΥ',
      email: 'eleni@otenet.gr',
      phone: '210 123 4567',
      country: 'Ελλάδα',
      company: 'ΑΛΦΑ Α.Ε.',
    },
    {
      first_name: 'иван',
      last_name: 'петров',
      email: 'ivan@romashka.ru',
      company: 'ООО «Ромашка»',
      phone: '8 (495) 123-45-67',
      country: 'Россия',
      job_title: 'генеральный директор',
    },
    {
      first_name: 'hans-peter',
      last_name: 'MÜLLER',
      email: 'HP.Mueller@Mueller-Bau.DE',
      phone: '030 1234567',
      country: 'deutschland',
      company: 'müller bau gmbh & co. kg',
      job_title: 'CEO',
      postcode: '10115',
      website: 'WWW.Mueller-Bau.de/',
    },
    {
      first_name: 'john',
      last_name: "o'brien",
      email: 'mailto:john@acme.com',
      phone: '(415) 555-2671',
      country: 'u.s.a.',
      state: 'california',
      company: 'ACME INC',
      job_title: 'vp of sales',
      lifecycle_stage: 'MQL',
      lead_source: 'google ads',
    },
    { full_name: 'DR. JANA DVOŘÁKOVÁ', email: 'jana@gmial.com', mobile: '00420 777 123 456', country: 'CZ' },
    { email: 'info@firma.cz', phone: '+420601123456', country: 'Murica', lifecycle_stage: 'banana' },
    { first_name: 'Jan', email: '', phone: '   ' },
    { company: 'Test', email: 'test@example.com', phone: '1234567890', country: 'USA' },
    {
      first_name: 'mcdonald',
      last_name: 'van der berg',
      email: 'x@mailinator.com',
      phone: '+31 20 123 4567',
    },
    { first_name: 'Łukasz', last_name: 'Żółć', email: 'lukasz@żółć.pl', country: 'PL', postcode: '00950' },
  ];
  const gate = createGate(defaultConfig(), { now: NOW });

  it('the dirty records do get fixed (the table is not trivially clean)', () => {
    const fixed = DIRTY.filter((r) => gate.check(r, { channel: 'cli' }).changes.length > 0);
    expect(fixed.length).toBeGreaterThanOrEqual(10);
  });

  it.each(CHANNELS.flatMap((channel) => DIRTY.map((record, i) => [channel, i, record] as const)))(
    '%s #%i: a second pass changes nothing',
    (channel, _i, record) => {
      const first = gate.check(record, { channel });
      const second = gate.check(first.record, { channel });
      expect(second.changes).toEqual([]);
      expect(second.record).toEqual(first.record);
    },
  );

  it.each(CHANNELS)(
    '%s: checking a batch column by column decides exactly as record by record',
    (channel) => {
      // Two fresh gates: round-robin counters must start from the same turn.
      const one = createGate(defaultConfig(), { now: NOW });
      const many = createGate(defaultConfig(), { now: NOW });
      const batch = [...DIRTY, {}, { email: '   ' }, ...DIRTY];
      const view = (d: Decision) => ({
        action: d.action,
        record: d.record,
        findings: d.findings,
        changes: d.changes,
        tags: d.tags,
        review: d.review,
        country: d.country,
        outcomes: d.outcomes,
      });
      expect(many.checkMany(batch, { channel }).map(view)).toEqual(
        batch.map((r) => view(one.check(r, { channel }))),
      );
    },
  );
});

describe('the duplicate port', () => {
  const seen: GateRecord[] = [];
  const port: DuplicatePort = {
    findMatches(record) {
      seen.push(record);
      return record.email === 'jana@acme.cz' ? [{ id: 'c-17', score: 0.97, reasons: ['same email'] }] : [];
    },
  };
  const gate = gateFor(`
    fields:
      email:
        required: { api: true }
        rules:
          - { id: email-format, type: format, action: fix, otherwise: { default: block } }
  `);
  const withPort = createGate(gate.config, { now: NOW, duplicates: port });

  it('is asked with the record as it will be stored (fixes applied)', () => {
    seen.length = 0;
    const d = withPort.check({ email: '  jana@ACME.cz ' }, { channel: 'api' });
    expect(seen).toEqual([{ email: 'jana@acme.cz' }]);
    expect(d.duplicates).toEqual([{ id: 'c-17', score: 0.97, reasons: ['same email'] }]);
    expect(d.findings).toContainEqual({
      code: 'duplicate.suspected',
      field: 'record',
      severity: 'info',
      message: 'May duplicate record c-17 (match probability 0.97).',
    });
    // A suspicion alone does not change the decision: the duplicate rules of the service do.
    expect(d.action).toBe('fix');
  });

  it('is not asked about a record the gate rejects', () => {
    seen.length = 0;
    const d = withPort.check({ email: 'broken@@' }, { channel: 'api' });
    expect(d.action).toBe('reject');
    expect(seen).toEqual([]);
    expect(d.duplicates).toEqual([]);
  });

  it('is absent by default: no candidates, no finding', () => {
    const d = gate.check({ email: 'jana@acme.cz' }, { channel: 'api' });
    expect(d.duplicates).toEqual([]);
    expect(d.findings.some((f) => f.code === 'duplicate.suspected')).toBe(false);
  });
});

describe('conditions on what the checks found (is / is_not)', () => {
  const gate = gateFor(`
    automations:
      - id: personal
        when: { email: { is: free_email } }
        then:
          - tag: personal-email
      - id: mobile
        when: { phone: { is: mobile_phone } }
        then:
          - tag: mobile
    record_rules:
      - id: no-bad-email-on-customers
        when: { lifecycle_stage: Customer, email: { is: invalid } }
        require: [phone]
        action: quarantine
  `);

  it.each<[GateRecord, string[]]>([
    [{ email: 'jana.kral@gmail.com' }, ['personal-email']],
    [{ email: 'jana.kral@seznam.cz' }, ['personal-email']],
    [{ email: 'jana.kral@acme.cz' }, []],
    [{ email: '' }, []],
    [{ phone: '+420 601 123 456' }, ['mobile']],
    [{ phone: '+420 222 123 456' }, []],
  ])('%j → tags %j', (record, tags) => {
    expect(gate.check(record, { channel: 'cli' }).tags).toEqual(tags);
  });

  it('a record rule can ask whether a value is invalid', () => {
    const bad = gate.check({ lifecycle_stage: 'Customer', email: 'jana@@acme' }, { channel: 'cli' });
    expect(bad.action).toBe('quarantine');
    const good = gate.check({ lifecycle_stage: 'Customer', email: 'jana@acme.cz' }, { channel: 'cli' });
    expect(good.action).toBe('accept');
  });

  it('the shipped config tags personal-email leads', () => {
    const shipped = createGate(defaultConfig(), { now: NOW });
    expect(shipped.check({ email: 'jana.kral@gmail.com' }, { channel: 'form' }).tags).toEqual([
      'personal-email',
    ]);
  });
});
