import { describe, expect, it } from 'vitest';
import { picklistAnalyzer } from '../../fields/picklist/index.ts';
import { isAllowedValue, type PicklistInput, picklistOptions, picklistProblems } from './picklist.ts';

describe('picklistProblems', () => {
  it.each<[string, PicklistInput, [string, string][]]>([
    ['a clean own list', { values: ['Web', { value: 'Event', synonyms: ['trade show'] }] }, []],
    ['a value twice, folded', { values: ['Paid Search', 'paid-search'] }, [['values[1]', 'listed twice']]],
    [
      'a synonym for two values',
      {
        values: [
          { value: 'A', synonyms: ['x'] },
          { value: 'B', synonyms: ['X'] },
        ],
      },
      [['values[1].synonyms[0]', 'already stands for "A"']],
    ],
    [
      'a synonym equal to another value',
      { values: ['A', { value: 'B', synonyms: ['a'] }] },
      [['values[1].synonyms[0]', 'already stands for "A"']],
    ],
    ['case-sensitive lists tell case apart', { values: ['a', 'A'], case_sensitive: true }, []],
    [
      'a spelling without letters or digits',
      { values: [{ value: 'A', synonyms: ['—'] }] },
      [['values[0].synonyms[0]', 'no letters or digits']],
    ],
    [
      'extending a preset value',
      { preset: 'lead_source', values: [{ value: 'Paid Search', synonyms: ['sea ads'] }] },
      [],
    ],
    [
      'a preset synonym used as a value',
      { preset: 'lead_source', values: ['ppc'] },
      [['values[0]', 'already means "Paid Search"']],
    ],
    [
      'promoting a preset hint of the same value',
      { preset: 'lead_source', values: [{ value: 'Organic Social', synonyms: ['linkedin'] }] },
      [],
    ],
    [
      'claiming a preset hint for another value',
      { preset: 'lead_source', values: [{ value: 'Paid Social', synonyms: ['linkedin'] }] },
      [['values[0].synonyms[0]', 'already stands for "Organic Social"']],
    ],
    ['an unknown country', { preset: 'country', values: ['Atlantis'] }, [['values[0]', 'not a country']]],
    [
      'a country twice by name and code',
      { preset: 'country', values: ['Germany', 'DE'] },
      [['values[1]', 'listed twice']],
    ],
    [
      'another country as synonym',
      { preset: 'country', values: [{ value: 'AT', synonyms: ['Deutschland'] }] },
      [['values[0].synonyms[0]', 'Germany (DE)']],
    ],
  ])('%s', (_, input, expected) => {
    const problems = picklistProblems(input).map((p) => [p.path.map(String).join('.'), p.message]);
    expect(problems.length).toBe(expected.length);
    expected.forEach(([path, words], i) => {
      expect(problems[i]![0]!.replace(/\.(\d+)/g, '[$1]')).toBe(path);
      expect(problems[i]![1]).toContain(words);
    });
  });
});

describe('picklistOptions', () => {
  it('builds a list the analyzer accepts and resolves', () => {
    const input: PicklistInput = {
      preset: 'lead_source',
      values: [{ value: 'Organic Social', synonyms: ['linkedin'] }, 'Roadshow'],
    };
    const analyze = picklistAnalyzer({ field: 'lead_source', allowed: picklistOptions(input) });
    expect(analyze('LinkedIn').normalized).toBe('Organic Social');
    expect(analyze('ROADSHOW').normalized).toBe('Roadshow');
    expect(analyze('PPC').normalized).toBe('Paid Search');
  });

  it('leaves the built-in list untouched', () => {
    picklistOptions({ preset: 'lead_source', values: [{ value: 'Website', synonyms: ['landing page'] }] });
    expect(
      picklistOptions({ preset: 'lead_source' }).find((o) => o.value === 'WEBSITE')?.synonyms,
    ).not.toContain('landing page');
  });
});

describe('isAllowedValue', () => {
  it.each<[PicklistInput, string, boolean]>([
    [{ preset: 'lifecycle_stage' }, 'Customer', true],
    [{ preset: 'lifecycle_stage' }, 'customer', true],
    [{ preset: 'lifecycle_stage' }, 'marketingqualifiedlead', true],
    [{ preset: 'lifecycle_stage' }, 'client', false],
    [{ preset: 'country' }, 'Czechia', true],
    [{ preset: 'country' }, 'Narnia', false],
    [{ values: ['Web'] }, 'web', true],
  ])('%j allows %s: %s', (input, value, expected) => {
    expect(isAllowedValue(input, value)).toBe(expected);
  });
});
