import { describe, expect, it } from 'vitest';
import { parseConfig } from './load.ts';
import type { ResolvedConfig } from './schema.ts';

const ALL = ['form', 'api', 'import', 'sync', 'cli'];
const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;

function resolved(text: string): ResolvedConfig {
  const result = parseConfig(text, 'k.yaml');
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'));
  return result.config;
}

const emailRules = (...rules: string[]) =>
  resolved(yaml('version: 1', 'fields:', '  email:', '    rules:', ...rules.map((r) => `      - ${r}`)))
    .fields.email!.rules;

describe('resolving fields', () => {
  it.each<[string, string, Record<string, string>]>([
    [
      'true everywhere',
      'true',
      { form: 'block', api: 'block', import: 'quarantine', sync: 'quarantine', cli: 'quarantine' },
    ],
    ['false', 'false', {}],
    [
      'an action everywhere',
      'warn',
      { form: 'warn', api: 'warn', import: 'warn', sync: 'warn', cli: 'warn' },
    ],
    ['per channel', '{ import: true, api: true }', { api: 'block', import: 'quarantine' }],
    [
      'default with exceptions',
      '{ default: true, form: false, sync: warn }',
      { api: 'block', import: 'quarantine', sync: 'warn', cli: 'quarantine' },
    ],
  ])('required: %s', (_, required, expected) => {
    expect(
      resolved(yaml('version: 1', 'fields:', '  email:', `    required: ${required}`)).fields.email!.required,
    ).toEqual(expected);
  });

  it('generates ids from field and type, skipping ids written elsewhere', () => {
    const rules = emailRules(
      '{ type: format, action: warn }',
      '{ type: format, action: block, channels: [form] }',
      '{ id: email.length, type: length, max: 254, action: warn }',
      '{ type: length, min: 3, action: warn }',
    );
    expect(rules.map((r) => r.id)).toEqual([
      'email.format',
      'email.format-2',
      'email.length',
      'email.length-2',
    ]);
  });

  it.each<[string, string, object]>([
    [
      'format defaults to the field own format, channels to all',
      '{ type: format, action: warn }',
      { format: 'email', channels: ALL, action: 'warn' },
    ],
    [
      'fix without otherwise warns everywhere',
      '{ type: format, action: fix }',
      { action: 'fix', otherwise: { form: 'warn', api: 'warn', import: 'warn', sync: 'warn', cli: 'warn' } },
    ],
    [
      'otherwise per channel falls back to default',
      '{ type: format, action: fix, otherwise: { default: quarantine, form: block } }',
      {
        otherwise: {
          form: 'block',
          api: 'quarantine',
          import: 'quarantine',
          sync: 'quarantine',
          cli: 'quarantine',
        },
      },
    ],
    [
      'channels keep the canonical order',
      '{ type: format, action: warn, channels: [cli, form, form] }',
      { channels: ['form', 'cli'] },
    ],
    [
      'regex flags and must default',
      '{ type: regex, pattern: "@acme", action: warn }',
      { flags: '', must: 'match' },
    ],
    [
      'email domain shortcuts split from domains',
      '{ type: email_domain, block: [free, Disposable.example, disposable], allow: [ACME.com], action: block }',
      {
        block: { domains: ['disposable.example'], free: true, disposable: true },
        allow: { domains: ['acme.com'], free: false, disposable: false },
      },
    ],
    [
      'field checks keep only the codes given',
      '{ type: field_check, checks: { email.role: warn } }',
      { checks: { 'email.role': 'warn' } },
    ],
  ])('%s', (_, rule, expected) => {
    expect(emailRules(rule)[0]).toMatchObject(expected);
  });

  it('merges picklist values into the preset, ready for the analyzer', () => {
    const config = resolved(
      yaml(
        'version: 1',
        'fields:',
        '  lead_source:',
        '    rules:',
        '      - type: picklist',
        '        preset: lead_source',
        '        values:',
        '          - { value: Website, synonyms: [landing page] }',
        '          - Trade Fair 2025',
        '        action: fix',
      ),
    );
    const rule = config.fields.lead_source!.rules[0]!;
    if (rule.type !== 'picklist') throw new Error('expected a picklist');
    expect(rule.values.find((o) => o.value === 'WEBSITE')?.synonyms).toContain('landing page');
    expect(rule.values.at(-1)).toMatchObject({ value: 'Trade Fair 2025' });
    expect(rule.values.length).toBeGreaterThan(15);
  });

  it('keys country picklist additions by ISO code', () => {
    const config = resolved(
      yaml(
        'version: 1',
        'fields:',
        '  country:',
        '    rules:',
        '      - { type: picklist, preset: country, values: [{ value: United States, label: USA, synonyms: [Murica] }], action: fix }',
      ),
    );
    expect(config.fields.country!.rules[0]).toMatchObject({
      preset: 'country',
      values: [{ value: 'US', label: 'USA', synonyms: ['USA', 'Murica'] }],
    });
  });

  it('puts custom columns under custom.<column>', () => {
    const config = resolved(
      yaml(
        'version: 1',
        'custom_fields:',
        '  Annual Revenue:',
        '    rules: [{ type: range, min: 0, action: warn }]',
      ),
    );
    expect(config.fields['custom.Annual Revenue']!.rules[0]).toMatchObject({
      id: 'custom.Annual_Revenue.range',
      min: 0,
    });
  });

  it('keeps the order the config was written in: fields, custom fields, field_check codes', () => {
    const config = resolved(
      yaml(
        'version: 1',
        'fields:',
        '  lifecycle_stage: { required: true }',
        '  email:',
        '    rules: [{ type: field_check, checks: { email.role: warn, email.disposable: block, email.free_provider: warn } }]',
        '  company: { required: true }',
        'custom_fields:',
        '  Tier: { required: true }',
      ),
    );
    expect(Object.keys(config.fields)).toEqual(['lifecycle_stage', 'email', 'company', 'custom.Tier']);
    const check = config.fields.email!.rules[0]!;
    expect(check.type === 'field_check' && Object.keys(check.checks)).toEqual([
      'email.role',
      'email.disposable',
      'email.free_provider',
    ]);
  });
});

describe('resolving conditions and automations', () => {
  it.each<[string, string, object[], string[]]>([
    [
      'a bare value is equals, as text',
      '{ lifecycle_stage: customer, city: 42 }',
      [
        { field: 'lifecycle_stage', op: 'equals', value: 'customer' },
        { field: 'city', op: 'equals', value: '42' },
      ],
      ALL,
    ],
    [
      'in, empty: false, matches',
      '{ city: { in: [Praha, Brno] }, email: { empty: false }, phone: { matches: "^\\\\+420", flags: i } }',
      [
        { field: 'city', op: 'in', values: ['Praha', 'Brno'] },
        { field: 'email', op: 'not_empty' },
        { field: 'phone', op: 'matches', pattern: '^\\+420', flags: 'i' },
      ],
      ALL,
    ],
    ['channel is', '{ channel: form }', [], ['form']],
    ['channel in', '{ channel: { in: [import, api] } }', [], ['api', 'import']],
  ])('%s', (_, when, conditions, channels) => {
    const config = resolved(
      yaml('version: 1', 'automations:', '  - id: a', `    when: ${when}`, '    then: [{ tag: t }]'),
    );
    expect(config.automations[0]).toMatchObject({ when: conditions, channels });
  });

  it('expands steps in order, one per field', () => {
    const config = resolved(
      yaml(
        'version: 1',
        'automations:',
        '  - id: a',
        '    then:',
        '      - set: { lifecycle_stage: lead, custom.score: 10 }',
        '      - derive: seniority_from_title',
        '      - { derive: company_domain_from_email, into: custom.domain, overwrite: true }',
        '      - assign_owner: { by_country: { Germany: anna, CZ: petr }, otherwise: team }',
        '      - assign_owner: { round_robin: [a, b], overwrite: true }',
        '      - tag: [personal-email, b2c]',
        '      - flag_for_review: Looks like a competitor',
      ),
    );
    expect(config.automations[0]!.steps).toEqual([
      { type: 'set', field: 'lifecycle_stage', value: 'lead' },
      { type: 'set', field: 'custom.score', value: '10' },
      {
        type: 'derive',
        derivation: 'seniority_from_title',
        from: 'job_title',
        into: 'custom.seniority',
        overwrite: false,
      },
      {
        type: 'derive',
        derivation: 'company_domain_from_email',
        from: 'email',
        into: 'custom.domain',
        overwrite: true,
      },
      {
        type: 'assign_owner',
        strategy: 'by_country',
        territories: { DE: 'anna', CZ: 'petr' },
        otherwise: 'team',
        overwrite: false,
      },
      { type: 'assign_owner', strategy: 'round_robin', owners: ['a', 'b'], overwrite: true },
      { type: 'tag', tags: ['personal-email', 'b2c'] },
      { type: 'flag_for_review', reason: 'Looks like a competitor' },
    ]);
  });

  it('gives record rules ids from what they require', () => {
    const config = resolved(
      yaml(
        'version: 1',
        'record_rules:',
        '  - { require: [company], action: warn }',
        '  - { require_any: [email, phone], action: quarantine }',
      ),
    );
    expect(config.record_rules.map((r) => [r.id, r.require, r.require_any])).toEqual([
      ['required-company', ['company'], []],
      ['required-any-email-phone', [], ['email', 'phone']],
    ]);
  });

  it('resolves channel default countries to ISO codes and passes duplicates through', () => {
    const config = resolved(
      yaml(
        'version: 1',
        'channels:',
        '  form: { default_country: Germany }',
        'duplicates: { threshold: 0.9 }',
      ),
    );
    expect(config.channels).toEqual({
      form: { default_country: 'DE' },
      api: {},
      import: {},
      sync: {},
      cli: {},
    });
    expect(config.duplicates).toEqual({ threshold: 0.9 });
  });
});
