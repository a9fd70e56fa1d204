import { describe, expect, it } from 'vitest';
import { parseConfig } from '../rules/config/index.ts';
import { DEFAULT_ROLES, forbiddenFields, mayWrite, rolesOf } from './access.ts';

describe('roles', () => {
  it.each([
    ['admin', 'lifecycle_stage', true],
    ['revops', 'owner', true],
    ['sales', 'email', true],
    ['sales', 'lifecycle_stage', false],
    ['sales', 'custom.tier', true],
    ['marketing', 'lead_source', true],
    ['marketing', 'phone', false],
    ['viewer', 'email', false],
  ] as const)('%s may write %s: %s', (role, field, expected) => {
    expect(mayWrite(DEFAULT_ROLES[role]!, field)).toBe(expected);
  });

  it('lists the fields a write may not set', () => {
    expect(
      forbiddenFields(DEFAULT_ROLES.sales!, { email: 'a@b.cz', owner: 'x', lifecycle_stage: 'lead' }),
    ).toEqual(['owner', 'lifecycle_stage']);
  });

  it('config roles add to the shipped ones and replace one of the same name', () => {
    const result = parseConfig(
      [
        'version: 1',
        'access:',
        '  roles:',
        '    support: { write: [phone, mobile, custom.*] }',
        '    viewer: { write: [custom.notes] }',
      ].join('\n'),
      'kempt.config.yaml',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const roles = rolesOf(result.config.roles);
    expect(Object.keys(roles)).toEqual(expect.arrayContaining(['admin', 'sales', 'support']));
    expect(mayWrite(roles.support!, 'phone')).toBe(true);
    expect(mayWrite(roles.support!, 'email')).toBe(false);
    expect(mayWrite(roles.viewer!, 'custom.notes')).toBe(true);
  });

  it('a config role with a field kempt does not know, or a bad name, is an error with its location', () => {
    const result = parseConfig(
      [
        'version: 1',
        'access:',
        '  roles:',
        '    Support Team: { write: [phone] }',
        '    ops: { write: [favourite_colour] }',
      ].join('\n'),
      'kempt.config.yaml',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.errors.map((e) => `${e.line}:${e.path}: ${e.message}`).join('\n');
    expect(text).toMatch(/role name is lower case/);
    expect(text).toMatch(/5:access\.roles\.ops\.write\[0\]: "favourite_colour" is not a field/);
  });
});
