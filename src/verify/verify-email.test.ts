import { describe, expect, it } from 'vitest';
import { EMAIL_SEVERITY, emailAnalyzer } from '../fields/email/index.ts';
import { cachingResolver } from './caching-resolver.ts';
import { memoryResolver } from './memory-resolver.ts';
import { VERIFY_POLICY } from './policy.ts';
import { verifyEmail, verifyEmailOffline } from './verify-email.ts';

describe('verifyEmailOffline', () => {
  it.each([
    ['john@acme.com', 'unknown', 'keep', [], null],
    ['', 'unknown', 'keep', ['verify.empty'], null],
    ['john@gmail.com', 'unknown', 'keep', ['email.free_provider'], null],
    ['john@gmail.con', 'unknown', 'keep', ['email.typo_fixed', 'email.free_provider'], null],
    ['n/a', 'undeliverable', 'remove', ['email.placeholder'], null],
    ['nonsense', 'undeliverable', 'remove', ['email.syntax_invalid'], null],
    ['test@acme.com', 'undeliverable', 'remove', ['email.test'], null],
    [
      'john@acme.con',
      'undeliverable',
      'quarantine',
      ['email.unknown_tld', 'email.typo_domain'],
      'john@acme.com',
    ],
    ['john@gmail,com', 'undeliverable', 'quarantine', ['email.syntax_invalid'], 'john@gmail.com'],
    ['a@acme.com; b@acme.com', 'undeliverable', 'quarantine', ['email.multiple'], 'a@acme.com'],
    ['jan@mailinator.com', 'risky', 'remove', ['email.disposable'], null],
    ['john@gmial.com', 'risky', 'quarantine', ['email.typo_domain', 'email.disposable'], 'john@gmail.com'],
    ['info@acme.com', 'risky', 'quarantine', ['email.role'], null],
    ['"john"@acme.com', 'risky', 'quarantine', ['email.syntax_unusual'], 'john@acme.com'],
    ['john@de', 'risky', 'quarantine', ['email.dotless_domain'], null],
  ] as const)('%j → %s / %s', (input, status, recommendation, reasons, suggestion) => {
    expect(verifyEmailOffline(input)).toEqual({
      input,
      normalized: expect.any(String),
      status,
      recommendation,
      reasons,
      suggestion,
    });
  });

  it('uses the analyzer it is given', () => {
    const analyzer = emailAnalyzer({ allowDomains: ['mailinator.com'] });
    expect(verifyEmailOffline('jan@mailinator.com', analyzer).status).toBe('unknown');
  });
});

const zones = {
  'acme.com': { mx: [{ exchange: 'mx.acme.com', priority: 10 }] },
  'gmail.com': { mx: [{ exchange: 'gmail-smtp-in.l.google.com', priority: 5 }] },
  'a-only.com': { a: ['192.0.2.1'] },
  'null.com': { mx: [{ exchange: '', priority: 0 }] },
  'bare.com': {},
  'slow.com': { mx: 'ETIMEOUT' },
  'gmial.com': { mx: [{ exchange: 'mx.gmial.com', priority: 10 }] },
};

describe('verifyEmail with DNS', () => {
  it.each([
    ['john@acme.com', 'deliverable', 'keep', []],
    ['John@ACME.com', 'deliverable', 'keep', []],
    ['john@gmail.com', 'deliverable', 'keep', ['email.free_provider']],
    ['info@acme.com', 'risky', 'quarantine', ['email.role']],
    ['john@a-only.com', 'risky', 'keep', ['verify.implicit_mx']],
    ['john@null.com', 'undeliverable', 'remove', ['verify.null_mx']],
    ['john@gone.com', 'undeliverable', 'remove', ['verify.no_domain']],
    ['john@bare.com', 'undeliverable', 'remove', ['verify.no_mail_host']],
    ['john@slow.com', 'unknown', 'keep', ['verify.dns_unknown']],
    // Undeliverable, but with a suggestion: a person accepts the fix.
    [
      'john@hotmail.co',
      'undeliverable',
      'quarantine',
      ['email.typo_domain', 'email.free_provider', 'verify.no_domain'],
    ],
  ] as const)('%j → %s / %s', async (input, status, recommendation, reasons) => {
    const result = await verifyEmail(input, { resolver: memoryResolver(zones) });
    expect([result.status, result.recommendation, result.reasons]).toEqual([status, recommendation, reasons]);
  });

  it.each(['n/a', 'test@acme.com', 'x@mailinator.com', 'john@[192.0.2.1]', 'john@acme.con', ''])(
    'does not ask the DNS about %j',
    async (input) => {
      const resolver = memoryResolver(zones);
      const result = await verifyEmail(input, { resolver });
      expect(resolver.calls).toEqual([]);
      expect(result).toEqual(verifyEmailOffline(input));
    },
  );

  it('stays offline without a resolver', async () => {
    expect(await verifyEmail('john@acme.com')).toEqual(verifyEmailOffline('john@acme.com'));
  });

  it('asks once per domain through the caching resolver', async () => {
    const inner = memoryResolver(zones, 5);
    const resolver = cachingResolver(inner);
    const results = await Promise.all(
      ['a@acme.com', 'b@acme.com', 'c@acme.com'].map((e) => verifyEmail(e, { resolver })),
    );
    expect(results.map((r) => r.status)).toEqual(['deliverable', 'deliverable', 'deliverable']);
    expect(inner.calls).toEqual(['mx acme.com']);
  });
});

describe('VERIFY_POLICY', () => {
  it('has a row for every email finding code', () => {
    expect(Object.keys(EMAIL_SEVERITY).filter((code) => !(code in VERIFY_POLICY))).toEqual([]);
  });
});
