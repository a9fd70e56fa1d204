import { describe, expect, it } from 'vitest';
import { patternProblem } from './pattern.ts';
import { checkRegexSafety } from './regex-safety.ts';

// [pattern, what makes it dangerous]
const DANGEROUS: [string, string][] = [
  ['(a+)+', 'repetition of a repetition'],
  ['(a*)*', 'repetition of a repetition'],
  ['(a+)*b', 'repetition of a repetition'],
  ['((ab)*)+', 'repetition of a repetition'],
  ['(a?)*', 'repetition of an optional'],
  ['(.*a){20}', 'counted repetition of an unbounded one'],
  ['(a{1,2}){50}', 'many bounded splits'],
  ['^(\\w+\\s?)+$', 'optional separator does not delimit'],
  ['(\\d+,?)+', 'optional separator does not delimit'],
  ['(.+,)+', 'separator also matched by the repeated part'],
  ['(?:x+x+)+y', 'two overlapping repetitions in a repetition'],
  ['^([a-zA-Z0-9]{2,4})+$', 'the classic e-mail TLD pattern'],
  ['(a|a)*', 'identical alternatives'],
  ['^(a|aa)+$', 'alternatives with a common start'],
  ['(\\w|\\d)+', 'overlapping classes'],
  ['(a|b|ab)*c', 'alternatives with a common start'],
  ['(?=(a+)+b)', 'inside a lookahead'],
  ['.*.*.*x', 'three overlapping repetitions in a row'],
  ['\\d+\\s*\\d+\\s*\\d+', 'three overlapping repetitions, optional parts between'],
  ['.*.*x', 'two overlapping repetitions, searched from every position'],
  ['\\w+\\d+', 'unanchored: the search adds a third repetition'],
  ['^a|\\w+\\d+', 'one alternative unanchored'],
  ['(?i:(a+)+)', 'inside a modifier group'],
];

const SAFE: string[] = [
  '^[a-z]+$',
  '^\\+?[0-9 ()-]{7,20}$',
  '^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$',
  '(\\d{1,3}\\.){3}\\d{1,3}',
  '\\d+(?:\\.\\d+)*',
  '([^,]+,)+',
  '(\\w+[-.])+',
  '(foo|bar)+',
  '(ab|ba)+',
  '^(?:Mr|Mrs|Ms)\\.?\\s',
  '^(?=.*\\d)(?=.*[a-z]).{8,}$',
  '^\\p{Lu}\\p{Ll}+$',
  '^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$',
  'a{2,}b+',
  '^(\\+\\d{1,3} )?\\(?\\d{3}\\)?[ -]?\\d{3}[ -]?\\d{4}$',
  '(\\d{1,3}){3}',
  '.*foo.*',
  '^\\w+\\d+',
  '^.*.*x',
  '(?<year>\\d{4})-(?<month>\\d{2})',
  '[^@\\s]+@[^@\\s]+\\.[^@\\s]+',
  '^(?:[A-Z][a-z]+ )+[A-Z][a-z]+$',
];

// Values shaped to make an ambiguous pattern backtrack: long runs followed by a mismatch.
// Polynomial patterns finish these in milliseconds; exponential ones would not finish at all.
const ADVERSARIAL = ['a', '1', ' ', 'ab', 'a.', '1,', 'x', 'A'].map((unit) => `${unit.repeat(1000)}!`);

describe('checkRegexSafety', () => {
  it.each(DANGEROUS)('refuses %s (%s)', (pattern) => {
    const verdict = checkRegexSafety(pattern, 'u');
    expect(verdict.safe).toBe(false);
    if (!verdict.safe) expect(verdict.reason.length).toBeGreaterThan(40);
  });

  it.each(SAFE)('accepts %s', (pattern) => {
    expect(checkRegexSafety(pattern, 'u')).toEqual({ safe: true });
  });

  it.each(SAFE)('%s really runs fast on long adversarial values', (pattern) => {
    const re = new RegExp(pattern, 'u');
    const started = performance.now();
    for (const value of ADVERSARIAL) re.test(value);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('reads case-insensitive overlap: (a|A)+ is ambiguous only with the i flag', () => {
    expect(checkRegexSafety('(a|A)+', '').safe).toBe(true);
    expect(checkRegexSafety('(a|A)+', 'i').safe).toBe(false);
  });

  it('names the offending part of the pattern', () => {
    const verdict = checkRegexSafety('^[a-z]+@(\\w+\\s?)+$', 'u');
    expect(verdict).toMatchObject({ safe: false, reason: expect.stringContaining('"(\\w+\\s?)+"') });
  });
});

describe('patternProblem', () => {
  it.each([
    ['(a', '', 'does not compile'],
    ['[a-', '', 'does not compile'],
    ['a{2,1}', '', 'does not compile'],
    ['\\p{Nope}', 'u', 'does not compile'],
    ['(a+)+$', '', 'could take far too long'],
    ['x'.repeat(501), '', 'keep it under 500'],
  ])('%s with flags "%s": %s', (pattern, flags, expected) => {
    expect(patternProblem(pattern, flags)).toContain(expected);
  });

  it.each([
    ['^[A-Z]{2}$', ''],
    ['^\\p{L}+$', 'u'],
    ['^acme', 'i'],
  ])('%s with flags "%s" is usable', (pattern, flags) => {
    expect(patternProblem(pattern, flags)).toBeUndefined();
  });
});
