import { describe, expect, it } from 'vitest';
import { detectLegalForm, isOnlyLegalForm } from './legal-form.ts';
import { keyAt, tokenEnd, tokenize, tokenStart } from './tokens.ts';

describe('tokenize', () => {
  it.each([
    ['GmbH&Co.KG', ['gmbh', '&', 'co', 'kg']],
    ['  Acme,  Inc. ', ['acme', 'inc']],
    ['Škoda Auto a.s.', ['skoda', 'auto', 'a', 's']],
    ['Ρόδα Α.Ε.', ['ροδα', 'α', 'ε']],
    ['...', []],
    ['', []],
  ])('%j -> %j', (name, keys) => {
    const n = tokenize(name);
    expect(Array.from({ length: n }, (_, i) => keyAt(i))).toEqual(keys);
  });

  it('keeps the spans of names with many words', () => {
    const words = Array.from({ length: 300 }, (_, i) => `w${i}`);
    const name = words.join(' ');
    expect(tokenize(name)).toBe(300);
    expect(name.slice(tokenStart(299), tokenEnd(299))).toBe('w299');
    expect(keyAt(150)).toBe('w150');
  });

  it('does not mix up the tokens of two names', () => {
    tokenize('Alpha Beta');
    expect(tokenize('Gamma')).toBe(1);
    expect(keyAt(0)).toBe('gamma');
  });
});

describe('legal forms of long and repeated names', () => {
  it('finds the form after more words than the buffers first hold', () => {
    const name = `${'x '.repeat(100)}GmbH`;
    expect(detectLegalForm(name)).toMatchObject({ legalForm: 'GmbH', start: 200, end: 204 });
  });

  it.each([
    ['Ρόδα Α.Ε.', 'Α.Ε.'],
    ['Labe strojírna s.r.o.', 's.r.o.'],
  ])('%s gives the same answer twice (folded words are memoised)', (name, form) => {
    expect(detectLegalForm(name)?.legalForm).toBe(form);
    expect(detectLegalForm(name)?.legalForm).toBe(form);
  });

  it.each([
    ['GmbH & Co. KG', true],
    ['Sp. z o.o.', true],
    ['Inc. Ltd.', false],
    ['Acme GmbH', false],
  ])('%s is only a legal form: %s', (name, only) => {
    expect(isOnlyLegalForm(name)).toBe(only);
  });
});
