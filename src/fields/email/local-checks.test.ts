import { describe, expect, it } from 'vitest';
import { foldLocalPart, isRoleLocalPart, testLocalPartReason } from './local-checks.ts';

describe('role accounts', () => {
  it.each([
    'info',
    'Info',
    'sales',
    'admin',
    'support',
    'office',
    'kontakt',
    'biuro',
    'buchhaltung',
    'noreply',
    'no-reply',
    'no_reply',
    'do-not-reply',
    'postmaster',
    'webmaster',
    'hr',
    'jobs',
    'marketing',
    'billing',
    'info2',
    'sales+crm',
    'customer.service',
    'mailer-daemon',
    'kancelář',
    'sekretariát',
    'ksiegowosc',
    'pardavimai',
    'grammateia',
    'zakaz',
  ])('%s@ is a role', (local) => {
    expect(isRoleLocalPart(local)).toBe(true);
  });

  it.each([
    'john',
    'jan.novak',
    'eleni',
    'infoman',
    'salesforce.admin',
    'kontaktowa',
    'd.vito',
    'x'.repeat(80),
  ])('%s@ is a person', (local) => {
    expect(isRoleLocalPart(local)).toBe(false);
  });

  it('takes extra role names', () => {
    expect(isRoleLocalPart('zentrale', new Set(['zentrale']))).toBe(true);
    expect(isRoleLocalPart('info', new Set(['zentrale']))).toBe(false);
  });
});

describe('test addresses', () => {
  it.each([
    ['test', 'example.org'],
    ['Test123', 'acme.com'],
    ['asdf', 'acme.com'],
    ['qwerty', 'acme.com'],
    ['noemail', 'acme.com'],
    ['none', 'acme.com'],
    ['xxx', 'acme.com'],
    ['aaaa', 'acme.com'],
    ['123', 'acme.com'],
    ['fake', 'acme.com'],
    ['dummy', 'acme.com'],
    ['a', 'a.com'],
    ['abc', 'abc.de'],
  ])('%s@%s is a test address', (local, domain) => {
    expect(testLocalPartReason(local, domain)).not.toBeNull();
  });

  it.each([
    ['john', 'acme.com'],
    ['a', 'acme.com'],
    ['j', 'j-corp.com'],
    ['12345678', 'qq.com'],
    ['tester.smith', 'acme.com'],
    ['anna', 'anna.cz'],
  ])('%s@%s is not', (local, domain) => {
    expect(testLocalPartReason(local, domain)).toBeNull();
  });
});

describe('foldLocalPart', () => {
  it.each([
    ['Sales-Team2+crm', 'salesteam'],
    ['No_Reply', 'noreply'],
    ['Kancelář', 'kancelar'],
    ['2024', '2024'],
    ['', ''],
  ])('%j → %j', (local, folded) => {
    expect(foldLocalPart(local)).toBe(folded);
  });
});
