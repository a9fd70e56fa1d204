import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { JSON_SCHEMA_PATH } from './build-json-schema.ts';
import { DEFAULT_CONFIG_PATH, defaultConfig } from './default-config.ts';
import { parseConfig } from './load.ts';

describe('the shipped default config', () => {
  const text = readFileSync(DEFAULT_CONFIG_PATH, 'utf8');

  it('loads without errors', () => {
    const result = parseConfig(text, DEFAULT_CONFIG_PATH);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('points editors at the published JSON Schema on its first line', () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/kempt.config.schema.json');
  });

  const config = defaultConfig();
  const rule = (field: keyof typeof config.fields, id: string) =>
    config.fields[field]?.rules.find((r) => r.id === id);

  it.each<[string, unknown, unknown]>([
    [
      'email is required on import and api only',
      config.fields.email?.required,
      { api: 'block', import: 'quarantine' },
    ],
    [
      'an invalid email is blocked on form and api',
      rule('email', 'email-format'),
      { action: 'fix', otherwise: { form: 'block', api: 'block', import: 'quarantine' } },
    ],
    [
      'disposable quarantined, role and typo warned',
      rule('email', 'email-checks'),
      { checks: { 'email.disposable': 'quarantine', 'email.role': 'warn', 'email.typo_domain': 'warn' } },
    ],
    [
      'country is a fixed picklist',
      rule('country', 'country-picklist'),
      { type: 'picklist', preset: 'country', action: 'fix' },
    ],
    [
      'unknown lifecycle stages are quarantined on import',
      rule('lifecycle_stage', 'lifecycle-stage-picklist'),
      { preset: 'lifecycle_stage', action: 'fix', otherwise: { import: 'quarantine', form: 'warn' } },
    ],
    [
      'unknown lead sources are quarantined on import',
      rule('lead_source', 'lead-source-picklist'),
      { preset: 'lead_source', action: 'fix', otherwise: { import: 'quarantine', api: 'warn' } },
    ],
    [
      'phones are formatted, invalid ones warned',
      rule('phone', 'phone-format'),
      { format: 'phone', action: 'fix', otherwise: { import: 'warn' } },
    ],
    [
      'names are fixed for casing',
      rule('first_name', 'first-name-format'),
      { format: 'person_name', action: 'fix' },
    ],
    [
      'job titles are standardised',
      rule('job_title', 'job-title-format'),
      { format: 'job_title', action: 'fix' },
    ],
  ])('%s', (_, actual, expected) => {
    expect(actual).toMatchObject(expected as object);
  });

  it('derives company domain, seniority and department, and defaults lead source per channel', () => {
    const derived = config.automations
      .flatMap((a) => a.steps)
      .flatMap((s) => (s.type === 'derive' ? [s.derivation] : []));
    expect(derived).toEqual([
      'company_domain_from_email',
      'country_from_phone',
      'seniority_from_title',
      'department_from_title',
    ]);
    const defaults = config.automations.filter((a) => a.steps.some((s) => s.type === 'default'));
    expect(defaults.map((a) => [a.channels, a.steps])).toEqual([
      [['form'], [{ type: 'default', field: 'lead_source', value: 'Website' }]],
      [['import'], [{ type: 'default', field: 'lead_source', value: 'List Import' }]],
    ]);
  });

  it('returns a fresh copy each time', () => {
    const a = defaultConfig();
    a.automations.length = 0;
    expect(defaultConfig().automations.length).toBeGreaterThan(0);
  });

  it('is accepted by the published JSON Schema, which refuses unknown keys', () => {
    const schema = z.fromJSONSchema(JSON.parse(readFileSync(JSON_SCHEMA_PATH, 'utf8')));
    const data = parse(text);
    expect(schema.safeParse(data).success).toBe(true);
    const typo = structuredClone(data);
    typo.fields.email.rules[0].acton = 'block';
    expect(schema.safeParse(typo).success).toBe(false);
  });
});
