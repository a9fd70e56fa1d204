/**
 * `kempt rules explain`: what a config does on each channel, in words a RevOps person can check
 * against what they meant: per field whether it is required and what each rule checks and does,
 * then the record rules and the automations, in the order they run.
 */

import { countryName } from '../fields/country/index.ts';
import type {
  Automation,
  Condition,
  DomainSet,
  EmailDomainRule,
  FieldConfig,
  PicklistRule,
  RecordRule,
  Rule,
  Step,
} from './config/resolved.ts';
import type { ResolvedConfig } from './config/schema.ts';
import {
  type Action,
  CHANNELS,
  type Channel,
  type Derivation,
  type FallbackAction,
  type FieldRef,
  type Format,
  type RuleType,
  type ValueQuality,
} from './config/vocabulary.ts';

export interface Explanation {
  channels: ChannelExplanation[];
}

export interface ChannelExplanation {
  channel: Channel;
  /** The country assumed for records from this channel that name none (alpha-2), or null. */
  default_country: string | null;
  /** Fields with a requirement or at least one rule on this channel, in config order. */
  fields: FieldExplanation[];
  record_rules: RecordRuleExplanation[];
  /** In the order they run. */
  automations: AutomationExplanation[];
}

export interface FieldExplanation {
  field: FieldRef;
  required: boolean;
  /** What happens to a record with this field blank; null when the field is optional here. */
  when_missing: FallbackAction | null;
  /** "required: a blank value is blocked", or "optional". */
  summary: string;
  rules: RuleExplanation[];
}

export interface RuleExplanation {
  id: string;
  type: RuleType;
  /** What the rule checks, in plain words. */
  checks: string;
  /** The action on this channel; null for field_check rules, whose action depends on the finding. */
  action: Action | null;
  /** For fix rules: what happens on this channel when no certain fix exists. */
  otherwise: FallbackAction | null;
  /** The action in words: "quarantine", "fixes what is certain; otherwise block", … */
  outcome: string;
  /** What the person entering the record is told. */
  message: string | null;
  /** For field_check rules: each finding code with its action; null for other rules. */
  findings: FindingExplanation[] | null;
}

export interface FindingExplanation {
  code: string;
  action: FallbackAction;
}

export interface RecordRuleExplanation {
  id: string;
  /** Each condition in words; empty when the rule applies to every record. */
  when: string[];
  require: FieldRef[];
  require_any: FieldRef[];
  /** The whole rule in words: "when lifecycle_stage is "Customer": company must be filled". */
  checks: string;
  action: FallbackAction;
  message: string | null;
}

export interface AutomationExplanation {
  id: string;
  description: string | null;
  /** Each condition in words; empty when the automation runs on every record of the channel. */
  when: string[];
  /** Each step in words, in order. */
  steps: string[];
}

/** The effective rules of `config` on each of `channels` (all five by default). */
export function explainRules(config: ResolvedConfig, channels: readonly Channel[] = CHANNELS): Explanation {
  return { channels: channels.map((c) => explainChannel(config, c)) };
}

function explainChannel(config: ResolvedConfig, channel: Channel): ChannelExplanation {
  const fields: FieldExplanation[] = [];
  for (const [field, fc] of Object.entries(config.fields) as [FieldRef, FieldConfig | undefined][]) {
    if (fc === undefined) continue;
    const explained = explainField(field, fc, channel);
    // A field with nothing to say on this channel would only be noise in its section.
    if (explained.required || explained.rules.length > 0) fields.push(explained);
  }
  return {
    channel,
    default_country: config.channels[channel].default_country ?? null,
    fields,
    record_rules: config.record_rules.filter((r) => r.channels.includes(channel)).map(explainRecordRule),
    automations: config.automations.filter((a) => a.channels.includes(channel)).map(explainAutomation),
  };
}

function explainField(field: FieldRef, fc: FieldConfig, channel: Channel): FieldExplanation {
  const missing = fc.required[channel];
  return {
    field,
    required: missing !== undefined,
    when_missing: missing ?? null,
    summary: missing === undefined ? 'optional' : `required: a blank value is ${PAST[missing]}`,
    rules: fc.rules.filter((r) => r.channels.includes(channel)).map((r) => explainRule(field, r, channel)),
  };
}

const PAST: Readonly<Record<FallbackAction, string>> = {
  block: 'blocked',
  quarantine: 'quarantined',
  warn: 'accepted with a warning',
};

function explainRule(field: FieldRef, rule: Rule, channel: Channel): RuleExplanation {
  const base = {
    id: rule.id,
    type: rule.type,
    checks: checksText(field, rule),
    message: rule.message ?? null,
  };
  if (rule.type === 'field_check') {
    const findings = Object.entries(rule.checks).map(([code, action]) => ({ code, action }));
    return { ...base, action: null, otherwise: null, outcome: 'depends on the finding', findings };
  }
  if (rule.action === 'fix' && 'otherwise' in rule && rule.otherwise !== undefined) {
    const otherwise = rule.otherwise[channel];
    return {
      ...base,
      action: 'fix',
      otherwise,
      outcome: `fixes what is certain; otherwise ${otherwise}`,
      findings: null,
    };
  }
  return { ...base, action: rule.action, otherwise: null, outcome: rule.action, findings: null };
}

const FORMAT_TEXT: Readonly<Record<Format, string>> = {
  email: 'must be a valid email address',
  phone: 'must be a valid phone number',
  url: 'must be a valid website address',
  date: 'must be a valid date',
  person_name: "must look like a person's name",
  company: 'must look like a company name',
  job_title: 'must look like a job title',
  state: 'must be a known state or region',
  postcode: 'must be a valid postcode',
};

function checksText(field: FieldRef, rule: Rule): string {
  switch (rule.type) {
    case 'format':
      return FORMAT_TEXT[rule.format];
    case 'regex':
      return `must ${rule.must === 'match' ? 'match' : 'not match'} ${regexText(rule.pattern, rule.flags)}`;
    case 'length':
      return boundsText(rule.min, rule.max, (n) => `${n} character${n === 1 ? '' : 's'}`);
    case 'range':
      return `must be a number ${boundsText(rule.min, rule.max, String)}`;
    case 'picklist':
      return picklistText(rule);
    case 'email_domain':
      return emailDomainText(rule);
    case 'field_check':
      return `the built-in ${field} checks, per finding:`;
  }
}

function boundsText(min: number | undefined, max: number | undefined, unit: (n: number) => string): string {
  if (min !== undefined && max !== undefined)
    return min === max ? `exactly ${unit(min)}` : `between ${min} and ${unit(max)}`;
  if (max !== undefined) return `at most ${unit(max)}`;
  return `at least ${unit(min ?? 0)}`;
}

/** `/^[A-Z]{2}$/i`, with slashes inside the pattern escaped the way JavaScript prints it. */
function regexText(pattern: string, flags: string): string {
  try {
    return String(new RegExp(pattern, flags));
  } catch {
    return `/${pattern}/${flags}`;
  }
}

// Enough values to recognise the list; the JSON and the config hold the rest.
const SHOWN_VALUES = 3;

function picklistText(rule: PicklistRule): string {
  if (rule.preset === 'country') {
    const own = rule.values.flatMap((o) => {
      const name = countryName(o.value) ?? o.value;
      const spellings = (o.synonyms ?? []).map((s) => `${s} → ${name}`);
      return o.label === undefined ? spellings : [`${o.value} written as ${o.label}`, ...spellings];
    });
    const base = 'must be a country (ISO code, or its name in one of many languages)';
    const output =
      rule.action === 'fix'
        ? `; a fix writes ${rule.output === 'label' ? 'the English name' : 'the ISO code'}`
        : '';
    return `${base}${own.length === 0 ? '' : `; also ${andList(own)}`}${output}`;
  }
  const shown = rule.values.map((o) => (rule.output === 'label' ? (o.label ?? o.value) : o.value));
  const n = shown.length;
  const list = n <= SHOWN_VALUES + 1 ? shown.join(', ') : `${shown.slice(0, SHOWN_VALUES).join(', ')}, …`;
  const noun = n === 1 ? 'value' : 'values';
  return `must be one of ${n} ${noun} (${list})${rule.case_sensitive ? ', with exactly this capitalisation' : ''}`;
}

function emailDomainText(rule: EmailDomainRule): string {
  const parts: string[] = [];
  if (rule.allow !== undefined) parts.push(`accepts only ${domainsText(rule.allow)}`);
  if (rule.block !== undefined) parts.push(`blocks ${domainsText(rule.block)}`);
  return parts.join('; ');
}

function domainsText(set: DomainSet): string {
  const kinds = [...(set.free ? ['free-mail'] : []), ...(set.disposable ? ['disposable'] : [])];
  const parts: string[] = [];
  if (kinds.length > 0) parts.push(`${kinds.join(' and ')} domains`);
  if (set.domains.length > 0) parts.push(andList(set.domains));
  return parts.join(', and ');
}

function andList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function explainRecordRule(rule: RecordRule): RecordRuleExplanation {
  const when = rule.when.map(conditionText);
  const needs: string[] = [];
  if (rule.require.length > 0)
    needs.push(`${andList(rule.require)} must ${rule.require.length === 1 ? 'be' : 'all be'} filled`);
  if (rule.require_any.length > 0)
    needs.push(`at least one of ${rule.require_any.join(', ')} must be filled`);
  const requirement = needs.join(', and ');
  return {
    id: rule.id,
    when,
    require: rule.require,
    require_any: rule.require_any,
    checks: when.length === 0 ? requirement : `when ${when.join(' and ')}: ${requirement}`,
    action: rule.action,
    message: rule.message ?? null,
  };
}

function quoted(value: string): string {
  return `"${value}"`;
}

const QUALITY_WORDS: Readonly<Record<ValueQuality, string>> = {
  valid: 'valid',
  risky: 'risky (a warning)',
  invalid: 'invalid (an error)',
  free_email: 'a free-mail address (gmail.com, seznam.cz, …)',
  work_email: 'a work address (not free-mail, not disposable)',
  disposable_email: 'a disposable address',
  role_email: 'a role address (info@, sales@, …)',
  mobile_phone: 'a mobile number',
};

function conditionText(c: Condition): string {
  switch (c.op) {
    case 'equals':
      return `${c.field} is ${quoted(c.value)}`;
    case 'not_equals':
      return `${c.field} is not ${quoted(c.value)}`;
    case 'in':
      return `${c.field} is one of ${c.values.map(quoted).join(', ')}`;
    case 'not_in':
      return `${c.field} is none of ${c.values.map(quoted).join(', ')}`;
    case 'empty':
      return `${c.field} is empty`;
    case 'not_empty':
      return `${c.field} is filled`;
    case 'matches':
      return `${c.field} matches ${regexText(c.pattern, c.flags)}`;
    case 'is':
      return `${c.field} is ${QUALITY_WORDS[c.quality]}`;
    case 'is_not':
      return `${c.field} is not ${QUALITY_WORDS[c.quality]}`;
  }
}

function explainAutomation(a: Automation): AutomationExplanation {
  return {
    id: a.id,
    description: a.description ?? null,
    when: a.when.map(conditionText),
    steps: a.steps.map(stepText),
  };
}

const DERIVED_FROM: Readonly<Record<Derivation, string>> = {
  company_domain_from_email: 'from a work email address',
  country_from_phone: "from an international phone number's prefix",
  seniority_from_title: 'with the seniority read from the job title',
  department_from_title: 'with the department read from the job title',
};

/** A value set by an automation; quoted only where the bare text would be misread. */
function valueText(value: string): string {
  return value === '' || value.trim() !== value ? quoted(value) : value;
}

function stepText(step: Step): string {
  switch (step.type) {
    case 'set':
      return `sets ${step.field} to ${valueText(step.value)}`;
    case 'default':
      return `sets ${step.field} to ${valueText(step.value)} when empty`;
    case 'derive':
      return `fills ${step.into} ${DERIVED_FROM[step.derivation]}${step.overwrite ? ', replacing a value already there' : ''}`;
    case 'assign_owner': {
      const replacing = step.overwrite ? ', replacing an owner already set' : '';
      if (step.strategy === 'round_robin')
        return `assigns owner in turn among ${step.owners.join(', ')}${replacing}`;
      return `assigns owner by country: ${territoriesText(step.territories, step.otherwise)}${replacing}`;
    }
    case 'tag':
      return `tags: ${step.tags.join(', ')}`;
    case 'flag_for_review':
      return `flags for review: ${step.reason}`;
  }
}

/** `DE, AT → anna@…; CZ → petr@…; otherwise sales@…`: countries sharing an owner are listed together. */
function territoriesText(territories: Record<string, string>, otherwise: string | undefined): string {
  const byOwner = new Map<string, string[]>();
  for (const [country, owner] of Object.entries(territories))
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), country]);
  const groups = [...byOwner].map(([owner, countries]) => `${countries.join(', ')} → ${owner}`);
  groups.push(otherwise === undefined ? 'other countries are left unassigned' : `otherwise ${otherwise}`);
  return groups.join('; ');
}

// ---------------------------------------------------------------------------------------------
// Plain text

const WIDTH = 100;
const GAP = '  ';
// Longer ids get a line of their own, so one long id does not squeeze every description.
const MAX_ID_WIDTH = 30;
const MIN_TEXT_WIDTH = 36;

const CHANNEL_NAMES: Readonly<Record<Channel, string>> = {
  form: 'web forms',
  api: 'API calls',
  import: 'file imports',
  sync: 'CRM sync',
  cli: 'kempt on the command line',
};

const LEGEND = [
  'What the actions mean:',
  '  block       reject, telling the sender what to correct',
  '  quarantine  keep the record aside for a person to review (nothing is lost)',
  '  fix         apply the correction kempt is certain of, and record the change',
  '  warn        accept, with a flag',
  '"fix, otherwise X": kempt corrects what it is certain of; a value it cannot correct gets X.',
];

/** The explanation as plain text; channels whose rules are identical share one section. */
export function renderExplanation(explanation: Explanation): string {
  const lines: string[] = [...LEGEND];
  const w = widths(explanation.channels);
  for (const group of groupIdentical(explanation.channels)) {
    lines.push('', ...heading(group.map((s) => s.channel)));
    lines.push(...renderChannel(group[0]!, w));
  }
  return `${lines.join('\n')}\n`;
}

function groupIdentical(sections: readonly ChannelExplanation[]): ChannelExplanation[][] {
  const groups = new Map<string, ChannelExplanation[]>();
  for (const s of sections) {
    const { channel: _, ...rest } = s;
    const key = JSON.stringify(rest);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()];
}

function heading(channels: readonly Channel[]): string[] {
  const names = channels.map((c) => `${c} (${CHANNEL_NAMES[c]})`);
  const title = channels.length === 1 ? `Channel ${names[0]}` : `Channels ${andList(names)}: the same rules`;
  return [title, '─'.repeat(Math.min(title.length, WIDTH))];
}

interface Row {
  id: string;
  action: string;
  /** The first line and any further lines, each wrapped on its own. */
  text: string[];
}

interface Widths {
  id: number;
  action: number;
  automation: number;
}

/** Column widths shared by every section, so the columns line up from channel to channel. */
function widths(sections: readonly ChannelExplanation[]): Widths {
  const rows = sections.flatMap((s) => [
    ...s.fields.flatMap((f) => f.rules.map(ruleRow)),
    ...s.record_rules.map(recordRuleRow),
  ]);
  const numbered = sections.flatMap((s) => s.automations.map((a, i) => `${i + 1}. ${a.id}`));
  return {
    id: Math.min(MAX_ID_WIDTH, Math.max(0, ...rows.map((r) => r.id.length))),
    action: Math.max(0, ...rows.map((r) => r.action.length)),
    automation: Math.min(MAX_ID_WIDTH + 2, Math.max(0, ...numbered.map((n) => n.length))),
  };
}

function renderChannel(s: ChannelExplanation, w: Widths): string[] {
  const lines: string[] = [];
  if (s.default_country !== null)
    lines.push(
      `Records that name no country are taken to be from ${countryName(s.default_country) ?? s.default_country} (${s.default_country}).`,
    );
  const table = (rows: Row[]) => rows.flatMap((r) => layout(4, [r.id, w.id], [r.action, w.action], r.text));

  lines.push('Fields');
  if (s.fields.length === 0) lines.push('  no field rules on this channel');
  for (const f of s.fields) lines.push(`  ${f.field} — ${f.summary}`, ...table(f.rules.map(ruleRow)));
  lines.push('', 'Record rules');
  if (s.record_rules.length === 0) lines.push('  none on this channel');
  lines.push(...table(s.record_rules.map(recordRuleRow)));
  lines.push('', 'Automations, in the order they run');
  if (s.automations.length === 0) lines.push('  none on this channel');
  s.automations.forEach((a, i) => {
    const steps = a.steps.join('; ');
    const text = a.when.length === 0 ? steps : `when ${a.when.join(' and ')}: ${steps}`;
    lines.push(...layout(2, [`${i + 1}. ${a.id}`, w.automation], undefined, [text]));
  });
  return lines;
}

function ruleRow(r: RuleExplanation): Row {
  const text = [r.checks];
  if (r.findings !== null) {
    const codeWidth = Math.max(...r.findings.map((f) => f.code.length));
    text.push(...r.findings.map((f) => `${f.code.padEnd(codeWidth)}  ${f.action}`));
  }
  if (r.message !== null) text.push(`message: ${quoted(r.message)}`);
  const action =
    r.action === null ? 'by finding' : r.otherwise === null ? r.action : `fix, otherwise ${r.otherwise}`;
  return { id: r.id, action, text };
}

function recordRuleRow(r: RecordRuleExplanation): Row {
  const text = [r.checks];
  if (r.message !== null) text.push(`message: ${quoted(r.message)}`);
  return { id: r.id, action: r.action, text };
}

/**
 * One row: the id and action columns padded, the text wrapped into the last column. An id wider
 * than its column stands on its own line, and the text starts below it.
 */
function layout(
  indent: number,
  [id, idWidth]: [string, number],
  action: [string, number] | undefined,
  text: readonly string[],
): string[] {
  const textColumn = indent + idWidth + GAP.length + (action === undefined ? 0 : action[1] + GAP.length);
  const textWidth = Math.max(MIN_TEXT_WIDTH, WIDTH - textColumn);
  const pad = ' '.repeat(textColumn);
  const body = text.flatMap((t) => wrap(t, textWidth));
  const out: string[] = [];
  let first: string;
  if (id.length > idWidth) {
    out.push(' '.repeat(indent) + id);
    first =
      ' '.repeat(indent + idWidth + GAP.length) +
      (action === undefined ? '' : action[0].padEnd(action[1]) + GAP);
  } else {
    first =
      ' '.repeat(indent) +
      id.padEnd(idWidth) +
      GAP +
      (action === undefined ? '' : action[0].padEnd(action[1]) + GAP);
  }
  body.forEach((line, i) => {
    out.push(`${i === 0 ? first : pad}${line}`.trimEnd());
  });
  if (body.length === 0) out.push(first.trimEnd());
  return out;
}

/** Greedy word wrap; a word longer than the width (a long regex) is left whole. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}
