import { describe, expect, it } from 'vitest';
import type { Condition } from '../rules/config/index.ts';
import { type ConditionSubject, compileCondition, compileWhen, isFilled } from './conditions.ts';
import type { FieldOutcome, GateRecord } from './types.ts';

/** A record with nothing checked (most operators read only the values). */
function on(record: GateRecord, outcomes: Partial<Record<string, FieldOutcome>> = {}): ConditionSubject {
  return { record, outcome: (field) => outcomes[field] };
}

/** An outcome as the gate would give it, for the `is` conditions. */
function outcome(
  facts: Record<string, unknown>,
  severities: ('error' | 'warning' | 'info')[] = [],
): FieldOutcome {
  const findings = severities.map((severity) => ({ code: 'x.y', field: 'f', severity, message: 'm' }));
  return {
    analysis: { input: 'v', normalized: 'v', findings, verdict: 'valid', facts },
    value: 'v',
    findings,
    change: undefined,
    rank: 0,
  };
}

/** Blank in every way a CRM cell can be blank: missing, empty, spaces, tabs, no-break and invisible. */
const BLANKS: GateRecord[] = [{}, { city: '' }, { city: '   ' }, { city: '\t\n' }, { city: '\u00a0\u200b' }];

describe('isFilled', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['  ', false],
    ['\u00a0\u200b\u3000', false],
    ['x', true],
    [' 0 ', true],
    ['Ян', true],
  ])('%j → %s', (value, filled) => {
    expect(isFilled(value)).toBe(filled);
  });
});

describe('compileCondition', () => {
  it.each<[string, Condition, GateRecord, boolean]>([
    ['empty: filled', { field: 'city', op: 'empty' }, { city: 'Brno' }, false],
    ['not_empty: filled', { field: 'city', op: 'not_empty' }, { city: 'Brno' }, true],

    ['equals: same', { field: 'city', op: 'equals', value: 'Plzeň' }, { city: 'Plzeň' }, true],
    [
      'equals: case and accents folded',
      { field: 'city', op: 'equals', value: 'Plzeň' },
      { city: 'PLZEN' },
      true,
    ],
    ['equals: spaces trimmed', { field: 'city', op: 'equals', value: 'Plzeň' }, { city: '  plzeň ' }, true],
    [
      'equals: punctuation and spacing aside',
      { field: 'lifecycle_stage', op: 'equals', value: 'Sales Qualified Lead' },
      { lifecycle_stage: 'sales-qualified  lead' },
      true,
    ],
    [
      'equals: a longer value is not equal',
      { field: 'city', op: 'equals', value: 'Plzeň' },
      { city: 'Plzeň-Bory' },
      false,
    ],
    ['equals: another field', { field: 'city', op: 'equals', value: 'Brno' }, { street: 'Brno' }, false],
    ['equals: Cyrillic', { field: 'city', op: 'equals', value: 'Москва' }, { city: 'МОСКВА' }, true],

    [
      'equals country: code vs name',
      { field: 'country', op: 'equals', value: 'DE' },
      { country: 'Germany' },
      true,
    ],
    [
      'equals country: code vs native',
      { field: 'country', op: 'equals', value: 'DE' },
      { country: 'Deutschland' },
      true,
    ],
    [
      'equals country: name vs code',
      { field: 'country', op: 'equals', value: 'Germany' },
      { country: 'de' },
      true,
    ],
    [
      'equals country: another',
      { field: 'country', op: 'equals', value: 'DE' },
      { country: 'Austria' },
      false,
    ],
    [
      'equals country: not a country',
      { field: 'country', op: 'equals', value: 'Atlantis' },
      { country: 'ATLANTIS' },
      true,
    ],

    ['not_equals: different', { field: 'city', op: 'not_equals', value: 'Brno' }, { city: 'Praha' }, true],
    ['not_equals: same, folded', { field: 'city', op: 'not_equals', value: 'Brno' }, { city: 'BRNO' }, false],
    ['not_equals country', { field: 'country', op: 'not_equals', value: 'CZ' }, { country: 'Česko' }, false],

    [
      'in: listed',
      { field: 'custom.Tier', op: 'in', values: ['gold', 'platinum'] },
      { 'custom.Tier': 'GOLD' },
      true,
    ],
    [
      'in: not listed',
      { field: 'custom.Tier', op: 'in', values: ['gold', 'platinum'] },
      { 'custom.Tier': 'silver' },
      false,
    ],
    ['in country', { field: 'country', op: 'in', values: ['DE', 'AT'] }, { country: 'Österreich' }, true],
    [
      'in country: not listed',
      { field: 'country', op: 'in', values: ['DE', 'AT'] },
      { country: 'Schweiz' },
      false,
    ],
    [
      'not_in: listed',
      { field: 'custom.Tier', op: 'not_in', values: ['gold'] },
      { 'custom.Tier': 'Gold' },
      false,
    ],
    [
      'not_in: not listed',
      { field: 'custom.Tier', op: 'not_in', values: ['gold'] },
      { 'custom.Tier': 'silver' },
      true,
    ],

    [
      'matches',
      { field: 'email', op: 'matches', pattern: '@acme\\.', flags: '' },
      { email: 'jana@acme.cz' },
      true,
    ],
    [
      'matches: case matters',
      { field: 'email', op: 'matches', pattern: '@acme\\.', flags: '' },
      { email: 'jana@ACME.cz' },
      false,
    ],
    [
      'matches: flag i',
      { field: 'email', op: 'matches', pattern: '@acme\\.', flags: 'i' },
      { email: 'jana@ACME.cz' },
      true,
    ],
    [
      'matches: no match',
      { field: 'email', op: 'matches', pattern: '@acme\\.', flags: 'i' },
      { email: 'jana@gmail.com' },
      false,
    ],
    [
      'matches: unicode',
      { field: 'city', op: 'matches', pattern: '^\\p{Lu}', flags: 'u' },
      { city: 'Łódź' },
      true,
    ],
    [
      'matches: a value over the length bound never matches',
      { field: 'city', op: 'matches', pattern: 'x', flags: '' },
      { city: 'x'.repeat(2_001) },
      false,
    ],
  ])('%s', (_, condition, record, expected) => {
    expect(compileCondition(condition)(on(record))).toBe(expected);
  });

  // A blank value is empty, equals nothing and is in no list; the negations hold for it.
  it.each<[Condition, boolean]>([
    [{ field: 'city', op: 'empty' }, true],
    [{ field: 'city', op: 'not_empty' }, false],
    [{ field: 'city', op: 'equals', value: '' }, false],
    [{ field: 'city', op: 'equals', value: 'Brno' }, false],
    [{ field: 'city', op: 'not_equals', value: 'Brno' }, true],
    [{ field: 'city', op: 'in', values: ['Brno', 'Praha'] }, false],
    [{ field: 'city', op: 'not_in', values: ['Brno', 'Praha'] }, true],
  ])('blank values: %j → %s', (condition, expected) => {
    const test = compileCondition(condition);
    for (const record of BLANKS) expect(test(on(record))).toBe(expected);
  });

  it('matches: a missing value never matches, even a pattern that accepts anything', () => {
    expect(compileCondition({ field: 'city', op: 'matches', pattern: '.*', flags: '' })(on({}))).toBe(false);
  });

  it('matches: a g or y flag does not make the answer depend on the values tested before', () => {
    for (const flags of ['g', 'y', 'gi']) {
      const test = compileCondition({
        field: 'custom.Code',
        op: 'matches',
        pattern: '^[A-Z]{2}-\\d+',
        flags,
      });
      const answers = ['AB-12', 'CD-345', 'EF-6', 'xx', 'GH-7'].map((v) => test(on({ 'custom.Code': v })));
      expect(answers).toEqual([true, true, true, false, true]);
    }
  });
});

describe('compileWhen', () => {
  const when = compileWhen([
    { field: 'country', op: 'equals', value: 'CZ' },
    { field: 'email', op: 'not_empty' },
  ]);

  it.each<[GateRecord, boolean]>([
    [{ country: 'Czechia', email: 'jana@acme.cz' }, true],
    [{ country: 'Česko', email: 'jana@acme.cz' }, true],
    [{ country: 'Czechia', email: ' ' }, false],
    [{ country: 'Slovakia', email: 'jana@acme.cz' }, false],
    [{}, false],
  ])('all conditions must hold: %j → %s', (record, expected) => {
    expect(when(on(record))).toBe(expected);
  });

  it('no conditions always hold', () => {
    expect(compileWhen([])(on({}))).toBe(true);
  });

  it('one condition is that condition', () => {
    const only = compileWhen([{ field: 'city', op: 'empty' }]);
    expect([only(on({})), only(on({ city: 'Brno' }))]).toEqual([true, false]);
  });
});

describe('is / is_not: what the checks found the value to be', () => {
  const email = 'jana@gmail.com';
  it.each<[string, FieldOutcome, Record<string, boolean>]>([
    [
      'a free-mail address',
      outcome({ domain: 'gmail.com', free: true }),
      { free_email: true, work_email: false, valid: true },
    ],
    [
      'a work address',
      outcome({ domain: 'acme.cz', free: false }),
      { free_email: false, work_email: true, valid: true },
    ],
    [
      'a disposable one',
      outcome({ domain: 'mailinator.com', disposable: true }, ['warning']),
      { disposable_email: true, work_email: false, risky: true, valid: false },
    ],
    [
      'a role account',
      outcome({ domain: 'acme.cz', role: true }, ['warning']),
      { role_email: true, work_email: true, risky: true },
    ],
    [
      'an invalid one',
      outcome({ domain: 'acme.cz' }, ['error', 'warning']),
      { invalid: true, risky: false, valid: false, work_email: false },
    ],
  ])('%s', (_, o, expected) => {
    for (const [quality, holds] of Object.entries(expected)) {
      const is = compileCondition({ field: 'email', op: 'is', quality: quality as 'valid' });
      const isNot = compileCondition({ field: 'email', op: 'is_not', quality: quality as 'valid' });
      expect([quality, is(on({ email }, { email: o }))]).toEqual([quality, holds]);
      expect([quality, isNot(on({ email }, { email: o }))]).toEqual([quality, !holds]);
    }
  });

  it('mobile_phone reads the number type', () => {
    const is = compileCondition({ field: 'phone', op: 'is', quality: 'mobile_phone' });
    const phone = '+420601123456';
    expect(is(on({ phone }, { phone: outcome({ type: 'mobile' }) }))).toBe(true);
    expect(is(on({ phone }, { phone: outcome({ type: 'fixed_line_or_mobile' }) }))).toBe(true);
    expect(is(on({ phone }, { phone: outcome({ type: 'fixed_line' }) }))).toBe(false);
  });

  it('a blank value is none of the qualities', () => {
    for (const record of BLANKS) {
      expect(compileCondition({ field: 'city', op: 'is', quality: 'valid' })(on(record))).toBe(false);
      expect(compileCondition({ field: 'city', op: 'is_not', quality: 'valid' })(on(record))).toBe(true);
    }
  });

  it('a field kempt does not check is valid when filled, and nothing more', () => {
    const subject = on({ 'custom.Note': 'x' });
    expect(compileCondition({ field: 'custom.Note', op: 'is', quality: 'valid' })(subject)).toBe(true);
    expect(compileCondition({ field: 'custom.Note', op: 'is', quality: 'free_email' })(subject)).toBe(false);
  });
});
