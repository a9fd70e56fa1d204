import { describe, expect, it } from 'vitest';
import { type ConfigError, formatConfigError, formatPath, parseConfig } from './load.ts';

const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;
/** A config with one email rule, written from `- type:` on. */
const emailRule = (...rule: string[]) =>
  yaml('version: 1', 'fields:', '  email:', '    rules:', ...rule.map((l) => `      ${l}`));

function errorsOf(text: string): ConfigError[] {
  const result = parseConfig(text, 'kempt.config.yaml');
  if (result.ok) throw new Error('expected the config to be rejected');
  return result.errors;
}

/** [case, config, path, line, text the column points at, words the message must contain] */
const ERRORS: [string, string, string, number, string, string][] = [
  [
    'a quality that does not fit the field',
    yaml(
      'version: 1',
      'automations:',
      '  - id: x',
      '    when: { email: { is: mobile_phone } }',
      '    then: [{ tag: y }]',
    ),
    'automations[0].when.email.is',
    4,
    'mobile_phone',
    'describes a phone number, and email is not one',
  ],
  [
    'an unknown quality',
    yaml(
      'version: 1',
      'automations:',
      '  - id: x',
      '    when: { email: { is: fre_email } }',
      '    then: [{ tag: y }]',
    ),
    'automations[0].when.email.is',
    4,
    'fre_email',
    'Did you mean "free_email"?',
  ],
  [
    'unknown field',
    yaml('version: 1', 'fields:', '  emial:', '    required: true'),
    'fields.emial',
    3,
    'emial',
    'Did you mean "email"?',
  ],
  [
    'unknown top-level key',
    yaml('version: 1', 'feilds: {}'),
    'feilds',
    2,
    'feilds',
    'Did you mean "fields"?',
  ],
  [
    'unknown rule setting',
    emailRule('- type: format', '  action: warn', '  acton: block'),
    'fields.email.rules[0].acton',
    7,
    'acton',
    'Did you mean "action"?',
  ],
  [
    'unknown action',
    emailRule('- type: format', '  action: blok'),
    'fields.email.rules[0].action',
    6,
    'blok',
    'Did you mean "block"?',
  ],
  [
    'missing action',
    emailRule('- type: format'),
    'fields.email.rules[0].action',
    5,
    'type',
    'action is missing',
  ],
  [
    'unknown rule type',
    emailRule('- type: regx', '  action: warn'),
    'fields.email.rules[0].type',
    5,
    'regx',
    'Did you mean "regex"?',
  ],
  [
    'rule type for another kind of field',
    yaml(
      'version: 1',
      'fields:',
      '  phone:',
      '    rules:',
      '      - { type: email_domain, block: [free], action: block }',
    ),
    'fields.phone.rules[0].type',
    5,
    'email_domain',
    'does not apply to a phone field',
  ],
  [
    'fix on a rule that cannot fix',
    emailRule('- type: regex', '  pattern: "^a"', '  action: fix'),
    'fields.email.rules[0].action',
    7,
    'fix',
    'cannot fix a value',
  ],
  [
    'otherwise without fix',
    emailRule('- type: format', '  action: warn', '  otherwise: block'),
    'fields.email.rules[0].otherwise',
    7,
    'otherwise',
    'only applies to rules whose action is fix',
  ],
  [
    'regex that does not compile',
    emailRule('- type: regex', '  pattern: "(a"', '  action: warn'),
    'fields.email.rules[0].pattern',
    6,
    '"(a"',
    'Unterminated group',
  ],
  [
    'regex that could backtrack',
    emailRule('- type: regex', "  pattern: '^(\\w+\\s?)+$'", '  action: warn'),
    'fields.email.rules[0].pattern',
    6,
    "'^(",
    'exponential',
  ],
  [
    'stateful regex flag',
    emailRule('- type: regex', '  pattern: a', '  flags: gi', '  action: warn'),
    'fields.email.rules[0].flags',
    7,
    'gi',
    'g, y and v are not allowed',
  ],
  [
    'length min above max',
    emailRule('- type: length', '  min: 10', '  max: 2', '  action: warn'),
    'fields.email.rules[0].min',
    6,
    '10',
    'Swap them',
  ],
  [
    'field check code of another field',
    emailRule('- type: field_check', '  checks: { phone.fake: warn }'),
    'fields.email.rules[0].checks["phone.fake"]',
    6,
    'phone.fake',
    'not a finding of the email checks',
  ],
  [
    'field check code typo',
    emailRule('- type: field_check', '  checks: { email.rol: warn }'),
    'fields.email.rules[0].checks["email.rol"]',
    6,
    'email.rol',
    'Did you mean "email.role"?',
  ],
  [
    'email domain shortcut typo',
    emailRule('- type: email_domain', '  block: [free, disposible]', '  action: block'),
    'fields.email.rules[0].block[1]',
    6,
    'disposible',
    'Did you mean "disposable"?',
  ],
  [
    'channel typo',
    emailRule('- type: format', '  action: warn', '  channels: [form, imprt]'),
    'fields.email.rules[0].channels[1]',
    7,
    'imprt',
    'Did you mean "import"?',
  ],
  [
    'required per channel typo',
    yaml('version: 1', 'fields:', '  email:', '    required: { fomr: true }'),
    'fields.email.required.fomr',
    4,
    'fomr',
    'Did you mean "form"?',
  ],
  [
    'required not a yes/no',
    yaml('version: 1', 'fields:', '  email:', '    required: yes'),
    'fields.email.required',
    4,
    'yes',
    'write true, false',
  ],
  [
    'duplicate rule ids across fields',
    yaml(
      'version: 1',
      'fields:',
      '  email:',
      '    rules:',
      '      - { id: x, type: format, action: warn }',
      '  phone:',
      '    rules:',
      '      - { id: x, type: format, action: warn }',
    ),
    'fields.phone.rules[0].id',
    8,
    'x,',
    'already used at fields.email.rules[0]',
  ],
  [
    'automation id reusing a rule id',
    yaml(
      'version: 1',
      'fields:',
      '  email:',
      '    rules:',
      '      - { id: x, type: format, action: warn }',
      'automations:',
      '  - id: x',
      '    then: [{ tag: t }]',
    ),
    'automations[0].id',
    7,
    'x',
    'already used',
  ],
  [
    'picklist value listed twice',
    yaml(
      'version: 1',
      'fields:',
      '  lead_source:',
      '    rules:',
      '      - type: picklist',
      '        values: [Web, Event, web]',
      '        action: fix',
    ),
    'fields.lead_source.rules[0].values[2]',
    6,
    'web]',
    'listed twice',
  ],
  [
    'synonym mapping to two values',
    yaml(
      'version: 1',
      'fields:',
      '  country:',
      '    rules:',
      '      - type: picklist',
      '        values:',
      '          - { value: United States, synonyms: [USA] }',
      '          - { value: Canada, synonyms: [usa] }',
      '        action: fix',
    ),
    'fields.country.rules[0].values[1].synonyms[0]',
    8,
    'usa',
    'already stands for "United States"',
  ],
  [
    'synonym taken by the preset',
    yaml(
      'version: 1',
      'fields:',
      '  lead_source:',
      '    rules:',
      '      - type: picklist',
      '        preset: lead_source',
      '        values: [{ value: Website, synonyms: [ppc] }]',
      '        action: fix',
    ),
    'fields.lead_source.rules[0].values[0].synonyms[0]',
    7,
    'ppc',
    '"Paid Search"',
  ],
  [
    'unknown country in the country preset',
    yaml(
      'version: 1',
      'fields:',
      '  country:',
      '    rules:',
      '      - { type: picklist, preset: country, values: [Narnia], action: fix }',
    ),
    'fields.country.rules[0].values[0]',
    5,
    'Narnia',
    'not a country kempt recognises',
  ],
  [
    'require of an unknown field',
    yaml('version: 1', 'record_rules:', '  - require: [compnay]', '    action: warn'),
    'record_rules[0].require[0]',
    3,
    'compnay',
    'Did you mean "company"?',
  ],
  [
    'when of an unknown field',
    yaml(
      'version: 1',
      'record_rules:',
      '  - when: { lifecycle: customer }',
      '    require: [company]',
      '    action: warn',
    ),
    'record_rules[0].when.lifecycle',
    3,
    'lifecycle',
    'Did you mean "lifecycle_stage"?',
  ],
  [
    'condition with two comparisons',
    yaml(
      'version: 1',
      'automations:',
      '  - id: a',
      '    when: { email: { equals: x, empty: true } }',
      '    then: [{ tag: t }]',
    ),
    'automations[0].when.email.empty',
    4,
    'empty',
    'one comparison per field',
  ],
  [
    'step doing two things',
    yaml(
      'version: 1',
      'automations:',
      '  - id: a',
      '    then:',
      '      - { derive: country_from_phone, tag: t }',
    ),
    'automations[0].then[0].tag',
    5,
    'tag',
    'Split it into two steps',
  ],
  [
    'unknown derivation',
    yaml('version: 1', 'automations:', '  - id: a', '    then:', '      - derive: country_from_phon'),
    'automations[0].then[0].derive',
    5,
    'country_from_phon',
    'Did you mean "country_from_phone"?',
  ],
  [
    'unknown territory',
    yaml(
      'version: 1',
      'automations:',
      '  - id: a',
      '    then:',
      '      - assign_owner: { by_country: { DE: anna, Germny: bob } }',
    ),
    'automations[0].then[0].assign_owner.by_country.Germny',
    5,
    'Germny',
    'not a country',
  ],
  [
    'automation without id',
    yaml('version: 1', 'automations:', '  - then: [{ tag: t }]'),
    'automations[0].id',
    3,
    'then',
    'every automation needs an id',
  ],
  [
    'default outside the picklist',
    yaml(
      'version: 1',
      'fields:',
      '  lead_source:',
      '    rules:',
      '      - { type: picklist, preset: lead_source, action: fix }',
      'automations:',
      '  - id: a',
      '    then:',
      '      - default: { lead_source: Web Form }',
    ),
    'automations[0].then[0].default.lead_source',
    9,
    'Web Form',
    'not an allowed lead_source value',
  ],
  [
    'condition outside the picklist',
    yaml(
      'version: 1',
      'fields:',
      '  lifecycle_stage:',
      '    rules:',
      '      - { type: picklist, preset: lifecycle_stage, action: fix }',
      'record_rules:',
      '  - when: { lifecycle_stage: custmer }',
      '    require: [company]',
      '    action: warn',
    ),
    'record_rules[0].when.lifecycle_stage',
    7,
    'custmer',
    'not an allowed lifecycle_stage value',
  ],
  [
    'circular automations',
    yaml(
      'version: 1',
      'automations:',
      '  - { id: a, when: { lead_source: { empty: true } }, then: [{ set: { country: DE } }] }',
      '  - { id: b, when: { country: DE }, then: [{ set: { lead_source: x } }] }',
    ),
    'automations[0].id',
    3,
    'a,',
    'a → b → a',
  ],
  ['missing version', yaml('fields: {}'), 'version', 1, 'fields', 'version: 1'],
  ['other version', yaml('version: 2'), 'version', 1, '2', 'reads config version 1'],
  [
    'duplicate YAML key',
    yaml('version: 1', 'fields:', '  email: {}', '  email: {}'),
    'fields.email',
    4,
    'email',
    'appears twice',
  ],
  ['tab indentation', 'version: 1\nfields:\n\temail: {}\n', '', 3, '\t', 'tab'],
  ['empty file', '', '', 1, '', 'is empty'],
];

describe('parseConfig errors', () => {
  it.each(ERRORS)('%s', (_, text, path, line, token, words) => {
    const errors = errorsOf(text);
    const column = text.split('\n')[line - 1]!.indexOf(token) + 1;
    expect(errors).toContainEqual({ path, line, column, message: expect.stringContaining(words) });
  });

  it.each(ERRORS)('%s is the only error reported', (_, text) => {
    expect(errorsOf(text)).toHaveLength(1);
  });

  it('reports several errors at once, in file order, each at its own line', () => {
    const text = yaml(
      'version: 1',
      'fields:',
      '  emial: {}',
      '  email:',
      '    required: { import: true, fomr: true }',
      '    rules:',
      '      - type: format',
      '        action: blok',
      '      - type: regex',
      "        pattern: '(a+)+'",
      '        action: warn',
      'record_rules:',
      '  - require: [compnay]',
      '    action: warn',
      'automations:',
      '  - { id: a, when: { lead_source: { empty: true } }, then: [{ set: { country: DE } }] }',
      '  - { id: b, when: { country: DE }, then: [{ set: { lead_source: x } }] }',
      '  - { id: a, then: [{ tag: t }] }',
    );
    const errors = errorsOf(text);
    expect(errors.map((e) => [e.line, e.path])).toEqual([
      [3, 'fields.emial'],
      [5, 'fields.email.required.fomr'],
      [8, 'fields.email.rules[0].action'],
      [10, 'fields.email.rules[1].pattern'],
      [13, 'record_rules[0].require[0]'],
      [16, 'automations[0].id'],
      [18, 'automations[2].id'],
    ]);
  });

  it('keeps schema errors above a syntax error and drops the guesses below it', () => {
    const text = yaml(
      'version: 1',
      'feilds: {}',
      'automations:',
      '  - id: a',
      '    then: [{ tag: t }',
      '  - id: b',
    );
    const errors = errorsOf(text);
    expect(errors[0]).toMatchObject({ line: 2, path: 'feilds' });
    expect(errors.slice(1).every((e) => e.line >= 5)).toBe(true);
    expect(errors.at(-1)?.message).toContain('checked once this is fixed');
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const bomb = yaml(
      'version: 1',
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
    );
    expect(errorsOf(bomb)[0]?.message).toMatch(/alias/i);
  });
});

describe('parseConfig accepts', () => {
  it.each<[string, string]>([
    ['the smallest config', yaml('version: 1')],
    ['empty sections', yaml('version: 1', 'fields:', 'record_rules:', 'automations:', 'channels:')],
    ['a field listed with nothing', yaml('version: 1', 'fields:', '  email:')],
    ['reserved duplicates settings', yaml('version: 1', 'duplicates: { anything: [1, 2] }')],
    [
      'custom fields and references to them',
      yaml(
        'version: 1',
        'custom_fields:',
        '  employees:',
        '    rules: [{ type: range, min: 1, action: warn }]',
        'automations:',
        '  - id: a',
        '    when: { custom.employees: { not_empty: true } }',
        '    then: [{ tag: sized }]',
      ),
    ],
    [
      'comments, quotes and flow style',
      yaml('version: 1 # format', 'fields: { "email": { required: true } }'),
    ],
  ])('%s', (_, text) => {
    expect(parseConfig(text, 'k.yaml')).toMatchObject({ ok: true });
  });
});

describe('formatting', () => {
  it.each<[PropertyKey[], string]>([
    [[], ''],
    [['fields', 'email', 'rules', 2, 'action'], 'fields.email.rules[2].action'],
    [['fields', 'email', 'rules', 0, 'checks', 'email.role'], 'fields.email.rules[0].checks["email.role"]'],
    [['automations', 1, 'when', 'custom.Annual Revenue'], 'automations[1].when["custom.Annual Revenue"]'],
  ])('path %j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });

  it('prints file:line:column, then the path and the message', () => {
    const e = { path: 'fields.email', line: 3, column: 5, message: 'x.' };
    expect(formatConfigError(e, 'kempt.config.yaml')).toBe('kempt.config.yaml:3:5 fields.email: x.');
  });
});
