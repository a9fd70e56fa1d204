import { describe, expect, it } from 'vitest';
import { domainClassifier } from './domain.ts';

const EXPECTED: readonly (readonly [domain: string, facts: Record<string, unknown>])[] = [
  ['gmail.com', { tldKnown: true, free: true, disposable: false, test: false, suggestion: null }],
  ['yahoo.de', { free: true, suggestion: null }],
  ['hotmail.co.uk', { free: true }],
  ['acme.cz', { tldKnown: true, free: false, disposable: false, test: false, suggestion: null }],
  ['mailinator.com', { disposable: true }],
  ['example.com', { test: true }],
  ['shop.test', { test: true }],
  ['acme.con', { tldKnown: false, suggestion: 'acme.com' }],
  ['gmial.com', { suggestion: 'gmail.com' }],
  ['localhost', { dotless: true, tldKnown: false }],
  ['[192.0.2.1]', { tldKnown: true, dotless: false, suggestion: null }],
];

describe('domainClassifier', () => {
  it.each(EXPECTED)('%s', (domain, facts) => {
    expect(domainClassifier()(domain)).toMatchObject(facts);
  });

  // The memo drops old entries once full: answers must not depend on what it still holds.
  it('answers the same after far more domains than the memo holds', () => {
    const classify = domainClassifier();
    const before = EXPECTED.map(([d]) => classify(d));
    for (let i = 0; i < 50_000; i++) classify(`company-${i}.com`);
    expect(EXPECTED.map(([d]) => classify(d))).toEqual(before);
    expect(classify('company-7.com')).toMatchObject({ tldKnown: true, free: false, suggestion: null });
  });

  it('applies its options', () => {
    const classify = domainClassifier({ freeDomains: ['Acme.cz'], allowDomains: ['mailinator.com'] });
    expect(classify('acme.cz').free).toBe(true);
    expect(classify('mailinator.com').disposable).toBe(false);
  });
});
