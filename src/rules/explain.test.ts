/** `explainRules` and `renderExplanation` on small configs and on the shipped default. */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rulesCommand } from '../channels/cli/commands/rules.ts';
import { KemptError } from '../errors.ts';
import { type Channel, defaultConfig, parseConfig, type ResolvedConfig } from './config/index.ts';
import { type ChannelExplanation, explainRules, renderExplanation } from './explain.ts';

function parsed(text: string): ResolvedConfig {
  const result = parseConfig(text, 'test.yaml');
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
  return result.config;
}

const YAML = `
version: 1
channels:
  form: { default_country: DE }
fields:
  email:
    required: { import: true, api: true }
    rules:
      - id: email-format
        type: format
        action: fix
        otherwise: { default: quarantine, form: block }
        message: Please enter a valid email address.
      - id: work-email
        type: email_domain
        block: [free, disposable, example.org]
        action: block
        channels: [form]
  country:
    required: { default: warn, form: false }
    rules:
      - id: country-code
        type: regex
        pattern: ^[A-Z]{2}$
        action: warn
  company:
    rules:
      - id: company-length
        type: length
        max: 80
        action: warn
  lifecycle_stage:
    rules:
      - id: stage
        type: picklist
        preset: lifecycle_stage
        action: fix
        otherwise: { default: warn, import: quarantine }
  lead_source:
    rules:
      - id: source
        type: picklist
        values: [Web, Event, Partner]
        case_sensitive: true
        action: quarantine
  phone:
    rules:
      - id: phone-checks
        type: field_check
        checks: { phone.fake: quarantine, phone.premium: warn }
custom_fields:
  employees:
    rules:
      - id: employees-range
        type: range
        min: 1
        max: 100000
        action: warn
      - id: employees-digits
        type: regex
        pattern: "[^0-9]"
        must: not_match
        channels: [import]
        action: warn
record_rules:
  - id: customer-needs-company
    when: { lifecycle_stage: { equals: Customer }, country: { in: [DE, AT] } }
    require: [company]
    action: warn
    message: A customer should have a company.
  - when: { channel: import }
    require_any: [email, phone]
    action: quarantine
automations:
  - id: form-source
    when: { channel: form }
    then:
      - default: { lead_source: Web }
      - tag: [web, inbound]
  - id: owners
    description: Territories.
    when: { country: { not_empty: true } }
    then:
      - assign_owner:
          by_country: { DE: anna@example.com, Austria: anna@example.com, CZ: petr@example.com }
          otherwise: sales@example.com
  - id: acme
    when: { channel: [api, import], email: { matches: "@acme\\\\.com$", flags: i } }
    then:
      - assign_owner: { round_robin: [a@example.com, b@example.com], overwrite: true }
      - flag_for_review: Acme contact, check the account
      - derive: company_domain_from_email
      - set: { lifecycle_stage: Lead }
`;

const config = parsed(YAML);
const all = explainRules(config);

function section(channel: Channel, explanation = all): ChannelExplanation {
  const s = explanation.channels.find((c) => c.channel === channel);
  if (s === undefined) throw new Error(`no section for ${channel}`);
  return s;
}

function rule(channel: Channel, id: string, explanation = all) {
  return section(channel, explanation)
    .fields.flatMap((f) => f.rules)
    .find((r) => r.id === id);
}

describe('explainRules: requirements per channel', () => {
  it.each([
    ['form', 'email', false, null, 'optional'],
    ['api', 'email', true, 'block', 'required: a blank value is blocked'],
    ['import', 'email', true, 'quarantine', 'required: a blank value is quarantined'],
    ['sync', 'email', false, null, 'optional'],
    ['form', 'country', false, null, 'optional'],
    ['api', 'country', true, 'warn', 'required: a blank value is accepted with a warning'],
    ['cli', 'country', true, 'warn', 'required: a blank value is accepted with a warning'],
  ] as const)('%s: %s required=%s (%s)', (channel, field, required, whenMissing, summary) => {
    const f = section(channel).fields.find((x) => x.field === field);
    expect(f).toMatchObject({ required, when_missing: whenMissing, summary });
  });

  it('leaves out a field with nothing to say on the channel', () => {
    // custom.employees has a rule on every channel; only its regex is limited to import.
    expect(section('form').fields.map((f) => f.field)).toContain('custom.employees');
    const cfg = parsed(
      'version: 1\nfields:\n  city:\n    rules:\n      - { type: length, max: 5, action: warn, channels: [api] }\n',
    );
    expect(explainRules(cfg, ['form']).channels[0]?.fields).toEqual([]);
    expect(explainRules(cfg, ['api']).channels[0]?.fields.map((f) => f.field)).toEqual(['city']);
  });
});

describe('explainRules: rules', () => {
  it.each([
    ['form', 'email-format', 'fix', 'block', 'fixes what is certain; otherwise block'],
    ['api', 'email-format', 'fix', 'quarantine', 'fixes what is certain; otherwise quarantine'],
    ['import', 'stage', 'fix', 'quarantine', 'fixes what is certain; otherwise quarantine'],
    ['sync', 'stage', 'fix', 'warn', 'fixes what is certain; otherwise warn'],
    ['form', 'work-email', 'block', null, 'block'],
    ['cli', 'source', 'quarantine', null, 'quarantine'],
    ['form', 'phone-checks', null, null, 'depends on the finding'],
  ] as const)('%s: %s → %s / %s', (channel, id, action, otherwise, outcome) => {
    expect(rule(channel, id)).toMatchObject({ action, otherwise, outcome });
  });

  it.each([
    ['email-format', 'must be a valid email address'],
    ['work-email', 'blocks free-mail and disposable domains, and example.org'],
    ['country-code', 'must match /^[A-Z]{2}$/'],
    ['company-length', 'at most 80 characters'],
    ['stage', 'must be one of 8 values (Subscriber, Lead, Marketing Qualified Lead, …)'],
    ['source', 'must be one of 3 values (Web, Event, Partner), with exactly this capitalisation'],
    ['employees-range', 'must be a number between 1 and 100000'],
    ['phone-checks', 'the built-in phone checks, per finding:'],
  ])('%s checks: %s', (id, checks) => {
    expect(rule('form', id)?.checks).toBe(checks);
  });

  it('lists the findings of a field_check rule with their actions', () => {
    expect(rule('api', 'phone-checks')?.findings).toEqual([
      { code: 'phone.fake', action: 'quarantine' },
      { code: 'phone.premium', action: 'warn' },
    ]);
    expect(rule('api', 'email-format')?.findings).toBeNull();
  });

  it('shows a rule limited to some channels only there', () => {
    expect(rule('form', 'work-email')).toBeDefined();
    for (const c of ['api', 'import', 'sync', 'cli'] as const) expect(rule(c, 'work-email')).toBeUndefined();
    expect(rule('import', 'employees-digits')?.checks).toBe('must not match /[^0-9]/');
    expect(rule('form', 'employees-digits')).toBeUndefined();
  });

  it.each([
    ['{ type: length, min: 2, max: 80, action: warn }', 'between 2 and 80 characters'],
    ['{ type: length, min: 5, max: 5, action: warn }', 'exactly 5 characters'],
    ['{ type: length, min: 1, action: warn }', 'at least 1 character'],
    ['{ type: regex, pattern: "^a/b$", flags: i, action: warn }', 'must match /^a\\/b$/i'],
  ])('city %s: %s', (ruleYaml, checks) => {
    const cfg = parsed(`version: 1\nfields:\n  city:\n    rules:\n      - ${ruleYaml}\n`);
    expect(explainRules(cfg, ['cli']).channels[0]?.fields[0]?.rules[0]?.checks).toBe(checks);
  });

  it.each([
    ['allow: [acme.com, acme.de]', 'accepts only acme.com and acme.de'],
    ['block: [disposable]', 'blocks disposable domains'],
    ['allow: [acme.com]\n        block: [free]', 'accepts only acme.com; blocks free-mail domains'],
  ])('email_domain %s', (lists, checks) => {
    const cfg = parsed(
      `version: 1\nfields:\n  email:\n    rules:\n      - type: email_domain\n        ${lists}\n        action: warn\n`,
    );
    expect(explainRules(cfg, ['form']).channels[0]?.fields[0]?.rules[0]?.checks).toBe(checks);
  });

  it('describes a country picklist with its own spellings and what a fix writes', () => {
    const cfg = parsed(
      'version: 1\nfields:\n  country:\n    rules:\n      - type: picklist\n        preset: country\n        output: value\n        values: [{ value: US, synonyms: [Murica] }]\n        action: fix\n',
    );
    expect(explainRules(cfg, ['form']).channels[0]?.fields[0]?.rules[0]?.checks).toBe(
      'must be a country (ISO code, or its name in one of many languages); also Murica → United States; a fix writes the ISO code',
    );
  });
});

describe('explainRules: record rules and automations', () => {
  it('lists the record rules that apply on each channel', () => {
    expect(section('form').record_rules.map((r) => r.id)).toEqual(['customer-needs-company']);
    expect(section('import').record_rules).toEqual([
      {
        id: 'customer-needs-company',
        when: ['lifecycle_stage is "Customer"', 'country is one of "DE", "AT"'],
        require: ['company'],
        require_any: [],
        checks: 'when lifecycle_stage is "Customer" and country is one of "DE", "AT": company must be filled',
        action: 'warn',
        message: 'A customer should have a company.',
      },
      {
        id: 'required-any-email-phone',
        when: [],
        require: [],
        require_any: ['email', 'phone'],
        checks: 'at least one of email, phone must be filled',
        action: 'quarantine',
        message: null,
      },
    ]);
  });

  it.each([
    ['form', ['form-source', 'owners']],
    ['api', ['owners', 'acme']],
    ['import', ['owners', 'acme']],
    ['sync', ['owners']],
  ] as const)('%s runs %j in order', (channel, ids) => {
    expect(section(channel).automations.map((a) => a.id)).toEqual(ids);
  });

  it('puts conditions and steps into words', () => {
    const [formSource, owners] = section('form').automations;
    expect(formSource).toEqual({
      id: 'form-source',
      description: null,
      when: [],
      steps: ['sets lead_source to Web when empty', 'tags: web, inbound'],
    });
    expect(owners).toEqual({
      id: 'owners',
      description: 'Territories.',
      when: ['country is filled'],
      steps: [
        'assigns owner by country: DE, AT → anna@example.com; CZ → petr@example.com; otherwise sales@example.com',
      ],
    });
    expect(section('api').automations[1]).toEqual({
      id: 'acme',
      description: null,
      when: ['email matches /@acme\\.com$/i'],
      steps: [
        'assigns owner in turn among a@example.com, b@example.com, replacing an owner already set',
        'flags for review: Acme contact, check the account',
        'fills website from a work email address',
        'sets lifecycle_stage to Lead',
      ],
    });
  });
});

describe('explainRules: JSON shape', () => {
  it('explains only the channels asked for, in that order', () => {
    expect(explainRules(config, ['import', 'form']).channels.map((c) => c.channel)).toEqual([
      'import',
      'form',
    ]);
  });

  it('is plain JSON with the same keys everywhere', () => {
    expect(JSON.parse(JSON.stringify(all))).toEqual(all);
    expect(Object.keys(section('form'))).toEqual([
      'channel',
      'default_country',
      'fields',
      'record_rules',
      'automations',
    ]);
    expect(section('form').default_country).toBe('DE');
    expect(section('api').default_country).toBeNull();
    for (const r of all.channels.flatMap((c) => c.fields.flatMap((f) => f.rules)))
      expect(Object.keys(r).sort()).toEqual(
        ['action', 'checks', 'findings', 'id', 'message', 'otherwise', 'outcome', 'type'].sort(),
      );
    expect(section('api').fields.find((f) => f.field === 'email')).toEqual({
      field: 'email',
      required: true,
      when_missing: 'block',
      summary: 'required: a blank value is blocked',
      rules: [
        {
          id: 'email-format',
          type: 'format',
          checks: 'must be a valid email address',
          message: 'Please enter a valid email address.',
          action: 'fix',
          otherwise: 'quarantine',
          outcome: 'fixes what is certain; otherwise quarantine',
          findings: null,
        },
      ],
    });
  });
});

describe('renderExplanation', () => {
  const text = renderExplanation(all);
  const lines = text.split('\n');

  /** A rule's row in the first section showing it, with its wrapped lines joined again. */
  function row(id: string): string {
    const start = lines.findIndex((l) => l.startsWith(`    ${id} `));
    const rest = lines.slice(start + 1);
    const end = rest.findIndex((l) => !/^ {20,}\S/.test(l));
    return [lines[start] ?? '', ...rest.slice(0, end)]
      .map((l) => l.trim())
      .join(' ')
      .slice(id.length)
      .replace(/ {2,}/g, ' ')
      .trim();
  }

  it('has a heading per channel, and one section for channels with the same rules', () => {
    expect(lines).toContain('Channel form (web forms)');
    expect(lines).toContain('Channel api (API calls)');
    expect(lines).toContain('Channel import (file imports)');
    expect(lines).toContain('Channels sync (CRM sync) and cli (kempt on the command line): the same rules');
  });

  it('writes one aligned line per rule', () => {
    expect(lines).toContain('  email — required: a blank value is blocked');
    expect(text).toMatch(/^ {4}email-format {4,}fix, otherwise block {2,}must be a valid email address$/m);
    expect(row('work-email')).toBe('block blocks free-mail and disposable domains, and example.org');
    expect(row('customer-needs-company')).toBe(
      'warn when lifecycle_stage is "Customer" and country is one of "DE", "AT": company must be filled message: "A customer should have a company."',
    );
    expect(text).toMatch(
      /^ {4}phone-checks {4,}by finding {2,}the built-in phone checks, per finding:\n {20,}phone\.fake {5}quarantine\n {20,}phone\.premium {2}warn$/m,
    );
    const column = (id: string) => {
      const line = lines.find((l) => l.startsWith(`    ${id} `)) ?? '';
      return line.length - line.slice(4 + id.length).trimStart().length;
    };
    expect(column('email-format')).toBe(column('customer-needs-company'));
  });

  it('writes record rules and automations in words', () => {
    expect(text).toContain('at least one of email, phone must be filled');
    expect(text).toMatch(/1\. form-source +sets lead_source to Web when empty; tags: web, inbound/);
    expect(text).toContain('Records that name no country are taken to be from Germany (DE).');
  });

  it('stays within 100 columns and uses no internal words', () => {
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
    expect(text).not.toMatch(/FallbackAction|undefined|null|\[object/);
  });
});

describe('the shipped default config', () => {
  const explanation = explainRules(defaultConfig());

  it.each([
    ['form', false, 'block'],
    ['api', true, 'block'],
    ['import', true, 'quarantine'],
    ['sync', false, 'quarantine'],
  ] as const)(
    'email on %s: required %s, an invalid address that cannot be fixed → %s',
    (c, required, otherwise) => {
      const email = section(c, explanation).fields.find((f) => f.field === 'email');
      expect(email?.required).toBe(required);
      expect(email?.rules[0]).toMatchObject({ id: 'email-format', action: 'fix', otherwise });
    },
  );

  it('quarantines unknown lifecycle stages on import only', () => {
    expect(rule('import', 'lifecycle-stage-picklist', explanation)?.outcome).toBe(
      'fixes what is certain; otherwise quarantine',
    );
    expect(rule('form', 'lifecycle-stage-picklist', explanation)?.outcome).toBe(
      'fixes what is certain; otherwise warn',
    );
  });

  it('runs the lead-source defaults only on their channel', () => {
    const ids = (c: Channel) => section(c, explanation).automations.map((a) => a.id);
    expect(ids('form')).toContain('lead-source-form');
    expect(ids('form')).not.toContain('lead-source-import');
    expect(ids('import')).toContain('lead-source-import');
    expect(ids('api')).not.toContain('lead-source-form');
    expect(section('form', explanation).automations[0]?.steps).toEqual([
      'fills website from a work email address',
    ]);
  });

  it('renders within 100 columns', () => {
    const text = renderExplanation(explanation);
    expect(text).toContain('customer-needs-company');
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });
});

describe('rulesCommand', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  async function run(...args: string[]): Promise<string> {
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
    const program = new Command().exitOverride();
    rulesCommand(program);
    await program.parseAsync(['node', 'kempt', 'rules', 'explain', ...args]);
    return out;
  }

  const file = join(mkdtempSync(join(tmpdir(), 'kempt-explain-')), 'kempt.config.yaml');
  writeFileSync(file, YAML);

  it('names the config on the first line of the text', async () => {
    const out = await run(file, '--channel', 'api');
    expect(out.split('\n')[0]).toBe(`Rules in ${file}`);
    expect(out).toContain('Channel api (API calls)');
    expect(out).not.toContain('Channel form');
  });

  it('takes channels repeated or comma-separated', async () => {
    const json = JSON.parse(await run(file, '--json', '--channel', 'import,form', '--channel', 'form'));
    expect(json.config).toBe(file);
    expect(json.channels.map((c: { channel: string }) => c.channel)).toEqual(['import', 'form']);
  });

  it('refuses an unknown channel with the list of channels', async () => {
    const error = await run(file, '--channel', 'from').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KemptError);
    expect(error).toMatchObject({
      code: 'usage',
      message: '"from" is not a channel. Did you mean "form"? The channels are form, api, import, sync, cli.',
    });
  });
});
