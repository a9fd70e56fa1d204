import { describe, expect, it } from 'vitest';
import type { EmailFindingCode } from './findings.ts';
import { EMAIL_SEVERITY } from './findings.ts';
import { analyzeEmail, emailAnalyzer } from './index.ts';

const ctx = { field: 'email' };
const codes = (value: string, analyze = analyzeEmail) => analyze(value, ctx).findings.map((f) => f.code);

describe('analyzeEmail findings', () => {
  it.each([
    ['n/a', 'email.placeholder', undefined],
    ['-', 'email.placeholder', undefined],
    ['Keine', 'email.placeholder', undefined],
    ['jan@acme.cz; eva@acme.cz', 'email.multiple', 'jan@acme.cz'],
    ['jan@acme.cz, Eva <eva@acme.cz>', 'email.multiple', 'jan@acme.cz'],
    ['john@gmail,com', 'email.syntax_invalid', 'john@gmail.com'],
    ['john@@acme.com', 'email.syntax_invalid', 'john@acme.com'],
    ['john.acme.com', 'email.syntax_invalid', undefined],
    ['john (at) acme.com', 'email.syntax_invalid', 'john@acme.com'],
    ['john@acme..com', 'email.syntax_invalid', 'john@acme.com'],
    ['John Doe john@acme.com', 'email.syntax_invalid', 'john@acme.com'],
    ['"john"@acme.com', 'email.syntax_unusual', 'john@acme.com'],
    ['john @ acme.com', 'email.syntax_unusual', 'john@acme.com'],
    ['john@[192.0.2.1]', 'email.syntax_unusual', undefined],
    ['jiří@acme.cz', 'email.syntax_unusual', undefined],
    ['john@acme.con', 'email.unknown_tld', undefined],
    ['john@acme.local', 'email.unknown_tld', undefined],
    ['john@de', 'email.dotless_domain', undefined],
    ['john@gmial.com', 'email.typo_domain', 'john@gmail.com'],
    ['john@hotmail.co', 'email.typo_domain', 'john@hotmail.com'],
    ['john@acme.con', 'email.typo_domain', 'john@acme.com'],
    ['john@gmail.con', 'email.typo_fixed', undefined],
    ['test@acme.com', 'email.test', undefined],
    ['john@example.com', 'email.test', undefined],
    ['john@acme.test', 'email.test', undefined],
    ['john@mailinator.com', 'email.disposable', undefined],
    ['john@eu.mailinator.com', 'email.disposable', undefined],
    ['info@acme.com', 'email.role', undefined],
    ['biuro@firma.pl', 'email.role', undefined],
    ['john@seznam.cz', 'email.free_provider', undefined],
    ['john@yahoo.co.uk', 'email.free_provider', undefined],
  ] as const)('%j → %s', (value, code, suggestion) => {
    const finding = analyzeEmail(value, ctx).findings.find((f) => f.code === code);
    expect(finding?.severity).toBe(EMAIL_SEVERITY[code]);
    expect(finding?.field).toBe('email');
    expect(finding?.message.length).toBeGreaterThan(10);
    expect(finding?.suggestion).toBe(suggestion);
  });

  it('covers every finding code', () => {
    const all = Object.keys(EMAIL_SEVERITY) as EmailFindingCode[];
    const seen = new Set(
      [
        'n/a',
        'a@b.cz;c@d.cz',
        'x@y',
        '"x"@acme.com',
        'x@acme.con',
        'x@de',
        'x@gmial.com',
        'x@gmail.con',
      ].flatMap((v) => codes(v)),
    );
    for (const v of ['test@acme.com', 'x@mailinator.com', 'info@acme.com', 'x@gmail.com', 'x@y.z']) {
      for (const c of codes(v)) seen.add(c);
    }
    seen.add('email.syntax_invalid');
    expect(all.filter((c) => !seen.has(c))).toEqual([]);
  });

  it.each([
    'john.doe@acme.com',
    'Jan.Novak@firma.cz',
    'eleni.papadopoulou@company.gr',
    "o'neil@irish.ie",
    'j@mac.com',
    'j@gm.com',
    'j@example.coop',
    'j@company.co',
    'j@xn--maana-pta.com',
  ])('finds nothing wrong with %j', (value) => {
    const analysis = analyzeEmail(value, ctx);
    expect(analysis.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(analysis.verdict).toBe('valid');
    expect(analysis.normalized).toBe(value);
  });
});

describe('analyzeEmail verdicts and facts', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u200B', 'empty'],
    ['john@acme.com', 'valid'],
    ['john@gmail.com', 'valid'],
    ['info@acme.com', 'risky'],
    ['john@acme.con', 'invalid'],
    ['nonsense', 'invalid'],
  ] as const)('%j is %s', (value, verdict) => {
    const analysis = analyzeEmail(value, ctx);
    expect(analysis.verdict).toBe(verdict);
    if (verdict === 'empty') expect(analysis.findings).toEqual([]);
  });

  it('reports the facts of an address', () => {
    expect(analyzeEmail(' J.Doe+crm@GoogleMail.com ', ctx).facts).toEqual({
      key: 'jdoe@gmail.com',
      local: 'J.Doe+crm',
      domain: 'googlemail.com',
      free: true,
      disposable: false,
      role: false,
    });
    expect(analyzeEmail('Sales@Acme.com', ctx).facts).toMatchObject({ key: 'sales@acme.com', role: true });
    expect(analyzeEmail('x@mailinator.com', ctx).facts.disposable).toBe(true);
    expect(analyzeEmail('"john"@acme.com', ctx).facts.key).toBe('john@acme.com');
    expect(analyzeEmail('n/a', ctx).facts.key).toBe('');
    expect(analyzeEmail('Nonsense', ctx).facts).toMatchObject({ key: 'nonsense', local: '', domain: '' });
    expect(analyzeEmail('Jan@Acme,cz', ctx).facts).toMatchObject({
      key: 'jan@acme,cz',
      local: 'Jan',
      domain: 'acme,cz',
    });
  });

  it.each([
    '  John <J@Acme.COM>  ',
    'j@gmail.con',
    'mailto:x@y.com?a=b',
    '"john"@acme.com',
    'n/a',
    'a@b.com;c@d.com',
  ])('normalized %j is a fixed point', (value) => {
    const once = analyzeEmail(value, ctx).normalized;
    expect(analyzeEmail(once, ctx).normalized).toBe(once);
  });
});

describe('analyzeEmail on bad input', () => {
  it.each([
    'a'.repeat(1 << 20),
    `${'a'.repeat(1 << 20)}@acme.com`,
    `john@${'a.'.repeat(1 << 19)}com`,
    `${' '.repeat(1 << 20)}@`,
    '@'.repeat(1 << 20),
    `${'a@b.com;'.repeat(1 << 17)}`,
  ])('handles a 1 MB value quickly (#%#)', (value) => {
    const started = performance.now();
    const analysis = analyzeEmail(value, ctx);
    expect(analysis.verdict).toBe('invalid');
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it.each([
    '\u0000',
    'jo\u0000hn@acme.com',
    'john@acme.com\u0007',
    '\u001b[31mjohn@acme.com',
    'john\uD800@acme.com',
  ])('rejects control characters and broken text in %j', (value) => {
    expect(analyzeEmail(value, ctx).verdict).toBe('invalid');
  });
});

describe('emailAnalyzer options', () => {
  it('adds free, disposable and role names and allows own domains', () => {
    const analyze = emailAnalyzer({
      freeDomains: ['freemail.example.eu'],
      disposableDomains: ['trash.acme.io'],
      allowDomains: ['mailinator.com'],
      roleLocalParts: ['Zentrale'],
    });
    expect(codes('x@freemail.example.eu', analyze)).toContain('email.free_provider');
    expect(codes('x@a.trash.acme.io', analyze)).toContain('email.disposable');
    expect(codes('x@mailinator.com', analyze)).not.toContain('email.disposable');
    expect(codes('zentrale@acme.de', analyze)).toContain('email.role');
    expect(codes('x@mailinator.com')).toContain('email.disposable');
  });

  it('can leave provider typos to a person', () => {
    const analysis = emailAnalyzer({ autoFixTypos: false })('j@gmail.con', ctx);
    expect(analysis.normalized).toBe('j@gmail.con');
    expect(analysis.findings.find((f) => f.code === 'email.typo_domain')?.suggestion).toBe('j@gmail.com');
  });
});
