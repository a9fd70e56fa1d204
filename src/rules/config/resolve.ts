/**
 * Expands a validated config into its resolved form: shortcuts spelled out, defaults filled,
 * per-channel settings made complete, ids generated. Runs only on input the schema has accepted.
 */

import { countryCode } from '../../fields/country/index.ts';
import { type ContactField, FIELD_KIND, type FieldKind } from '../../record/fields.ts';
import type {
  AutomationInput,
  ChannelConditionInput,
  ConditionInput,
  ConfigInput,
  FieldConfigInput,
  PerChannelInput,
  RecordRuleInput,
  RuleInput,
  StepInput,
  WhenInput,
} from './input-types.ts';
import { picklistOptions } from './picklist.ts';
import type {
  Automation,
  ChannelMap,
  Condition,
  DomainSet,
  FieldConfig,
  FormatRule,
  RecordRule,
  ResolvedConfigData,
  Rule,
  Step,
} from './resolved.ts';
import {
  type Action,
  CHANNELS,
  type Channel,
  CUSTOM_PREFIX,
  DEFAULT_MISSING_ACTION,
  DERIVATIONS,
  type FallbackAction,
  type FieldRef,
  FORMATS_BY_KIND,
  type ValueQuality,
} from './vocabulary.ts';

export function resolveConfig(input: ConfigInput): ResolvedConfigData {
  const ids = new IdMaker(explicitIds(input));
  const fields: Partial<Record<FieldRef, FieldConfig>> = {};
  for (const [name, config] of Object.entries(input.fields ?? {}) as [
    ContactField,
    FieldConfigInput | null,
  ][])
    fields[name] = resolveField(name, config ?? {}, ids);
  for (const [column, config] of Object.entries(input.custom_fields ?? {})) {
    const ref: FieldRef = `${CUSTOM_PREFIX}${column}`;
    fields[ref] = resolveField(ref, config ?? {}, ids);
  }
  const resolved: ResolvedConfigData = {
    version: 1,
    channels: byChannel((c) => {
      const country = input.channels?.[c]?.default_country;
      return country === undefined ? {} : { default_country: countryCode(country)! };
    }),
    fields,
    record_rules: (input.record_rules ?? []).map((r) => resolveRecordRule(r, ids)),
    automations: (input.automations ?? []).map(resolveAutomation),
    roles: { ...(input.access?.roles ?? {}) },
  };
  if (input.duplicates !== undefined) resolved.duplicates = input.duplicates;
  return resolved;
}

/** Every id written in the config: generated ids avoid them, so naming one rule never renames another. */
function explicitIds(input: ConfigInput): string[] {
  const configs = [...Object.values(input.fields ?? {}), ...Object.values(input.custom_fields ?? {})];
  return [
    ...configs.flatMap((c) => (c?.rules ?? []).map((r) => r.id)),
    ...(input.record_rules ?? []).map((r) => r.id),
    ...(input.automations ?? []).map((a) => a.id),
  ].filter((id): id is string => id !== undefined);
}

class IdMaker {
  private readonly taken: Set<string>;

  constructor(explicit: readonly string[]) {
    this.taken = new Set(explicit);
  }

  /** `base`, or `base-2`, `base-3`… when taken; unusual characters of custom columns become "_". */
  make(base: string): string {
    const clean = base.replace(/[^A-Za-z0-9._-]/g, '_');
    let id = clean;
    for (let n = 2; this.taken.has(id); n++) id = `${clean}-${n}`;
    this.taken.add(id);
    return id;
  }
}

function byChannel<T>(value: (channel: Channel) => T): ChannelMap<T> {
  return Object.fromEntries(CHANNELS.map((c) => [c, value(c)])) as ChannelMap<T>;
}

function isChannelMap<T>(value: PerChannelInput<T>): value is Partial<Record<'default' | Channel, T>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value per channel: a single value for all, or the channel's own entry, else `default`. */
function expand<T>(value: PerChannelInput<T>, fallback: T | undefined): Partial<ChannelMap<T>> {
  const out: Partial<ChannelMap<T>> = {};
  for (const c of CHANNELS) {
    const v = isChannelMap(value) ? (value[c] ?? value.default ?? fallback) : value;
    if (v !== undefined) out[c] = v;
  }
  return out;
}

function resolveField(ref: FieldRef, config: FieldConfigInput, ids: IdMaker): FieldConfig {
  const required: Partial<ChannelMap<FallbackAction>> = {};
  const given = expand<boolean | FallbackAction>(config.required ?? false, false);
  for (const c of CHANNELS) {
    const v = given[c];
    if (v === true) required[c] = DEFAULT_MISSING_ACTION[c];
    else if (typeof v === 'string') required[c] = v;
  }
  const kind = ref.startsWith(CUSTOM_PREFIX) ? 'text' : FIELD_KIND[ref as ContactField];
  return { required, rules: (config.rules ?? []).map((r) => resolveRule(ref, kind, r, ids)) };
}

function channelsOf(list: readonly Channel[] | undefined): Channel[] {
  return list === undefined ? [...CHANNELS] : CHANNELS.filter((c) => list.includes(c));
}

function resolveRule(ref: FieldRef, kind: FieldKind, rule: RuleInput, ids: IdMaker): Rule {
  const base = {
    id: rule.id ?? ids.make(`${ref}.${rule.type}`),
    channels: channelsOf(rule.channels),
    ...(rule.message === undefined ? {} : { message: rule.message }),
  };
  switch (rule.type) {
    case 'format':
      return { ...base, type: 'format', format: rule.format ?? FORMATS_BY_KIND[kind][0]!, ...fixable(rule) };
    case 'picklist':
      return {
        ...base,
        type: 'picklist',
        ...(rule.preset === undefined ? {} : { preset: rule.preset }),
        values: picklistOptions(rule),
        case_sensitive: rule.case_sensitive,
        output: rule.output,
        ...fixable(rule),
      };
    case 'regex':
      return {
        ...base,
        type: 'regex',
        pattern: rule.pattern,
        flags: rule.flags,
        must: rule.must,
        action: rule.action,
      };
    case 'length':
    case 'range':
      return { ...base, type: rule.type, ...bounds(rule.min, rule.max), action: rule.action };
    case 'email_domain':
      return { ...base, type: 'email_domain', ...domainSets(rule.allow, rule.block), action: rule.action };
    case 'field_check':
      return { ...base, type: 'field_check', checks: definedEntries(rule.checks) };
  }
}

function fixable(rule: {
  action: Action;
  otherwise?: PerChannelInput<FallbackAction> | undefined;
}): Pick<FormatRule, 'action' | 'otherwise'> {
  if (rule.action !== 'fix') return { action: rule.action };
  // A channel the map leaves out falls back to `default`, then to warn: accept and flag.
  return { action: 'fix', otherwise: expand(rule.otherwise ?? 'warn', 'warn') as ChannelMap<FallbackAction> };
}

function bounds(min: number | undefined, max: number | undefined): { min?: number; max?: number } {
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

function domainSet(list: readonly string[]): DomainSet {
  const domains = [
    ...new Set(list.filter((d) => d !== 'free' && d !== 'disposable').map((d) => d.toLowerCase())),
  ];
  return { domains, free: list.includes('free'), disposable: list.includes('disposable') };
}

function domainSets(
  allow: string[] | undefined,
  block: string[] | undefined,
): { allow?: DomainSet; block?: DomainSet } {
  return {
    ...(allow === undefined ? {} : { allow: domainSet(allow) }),
    ...(block === undefined ? {} : { block: domainSet(block) }),
  };
}

function definedEntries<T>(map: Record<string, T | undefined>): Record<string, T> {
  return Object.fromEntries(Object.entries(map).filter(([, v]) => v !== undefined)) as Record<string, T>;
}

function resolveWhen(when: WhenInput | undefined): { when: Condition[]; channels: Channel[] } {
  let channels: Channel[] = [...CHANNELS];
  const conditions: Condition[] = [];
  for (const [key, value] of Object.entries(when ?? {})) {
    if (value === undefined) continue;
    if (key === 'channel') channels = channelsOf(channelList(value as ChannelConditionInput));
    else conditions.push(resolveCondition(key as FieldRef, value as ConditionInput));
  }
  return { when: conditions, channels };
}

function channelList(value: ChannelConditionInput): Channel[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value;
  return value.is === undefined ? (value.in ?? []) : [value.is];
}

function resolveCondition(field: FieldRef, c: ConditionInput): Condition {
  if (typeof c !== 'object') return { field, op: 'equals', value: String(c) };
  if (c.equals !== undefined) return { field, op: 'equals', value: String(c.equals) };
  if (c.not_equals !== undefined) return { field, op: 'not_equals', value: String(c.not_equals) };
  if (c.in !== undefined) return { field, op: 'in', values: c.in.map(String) };
  if (c.not_in !== undefined) return { field, op: 'not_in', values: c.not_in.map(String) };
  if (c.matches !== undefined) return { field, op: 'matches', pattern: c.matches, flags: c.flags ?? '' };
  if (c.is !== undefined) return { field, op: 'is', quality: c.is as ValueQuality };
  if (c.is_not !== undefined) return { field, op: 'is_not', quality: c.is_not as ValueQuality };
  const empty = c.empty ?? !c.not_empty;
  return { field, op: empty ? 'empty' : 'not_empty' };
}

function resolveRecordRule(rule: RecordRuleInput, ids: IdMaker): RecordRule {
  const named = rule.require ?? rule.require_any ?? [];
  const base = rule.require === undefined ? 'required-any' : 'required';
  return {
    id: rule.id ?? ids.make(`${base}-${named.join('-')}`),
    ...resolveWhen(rule.when),
    require: (rule.require ?? []) as FieldRef[],
    require_any: (rule.require_any ?? []) as FieldRef[],
    action: rule.action,
    ...(rule.message === undefined ? {} : { message: rule.message }),
  };
}

function resolveAutomation(a: AutomationInput): Automation {
  return {
    id: a.id,
    ...(a.description === undefined ? {} : { description: a.description }),
    ...resolveWhen(a.when),
    steps: a.then.flatMap(resolveStep),
  };
}

function resolveStep(step: StepInput): Step[] {
  if (step.set !== undefined) return fieldSteps('set', step.set);
  if (step.default !== undefined) return fieldSteps('default', step.default);
  if (step.derive !== undefined) {
    const d = DERIVATIONS[step.derive];
    const into = (step.into ?? d.into) as FieldRef;
    return [
      { type: 'derive', derivation: step.derive, from: d.from, into, overwrite: step.overwrite ?? false },
    ];
  }
  if (step.assign_owner !== undefined) {
    const a = step.assign_owner;
    if (a.round_robin !== undefined)
      return [
        { type: 'assign_owner', strategy: 'round_robin', owners: a.round_robin, overwrite: a.overwrite },
      ];
    const territories = Object.fromEntries(
      Object.entries(a.by_country ?? {}).map(([country, owner]) => [countryCode(country)!, owner]),
    );
    const otherwise = a.otherwise === undefined ? {} : { otherwise: a.otherwise };
    return [
      { type: 'assign_owner', strategy: 'by_country', territories, ...otherwise, overwrite: a.overwrite },
    ];
  }
  if (step.tag !== undefined)
    return [{ type: 'tag', tags: typeof step.tag === 'string' ? [step.tag] : step.tag }];
  return [{ type: 'flag_for_review', reason: step.flag_for_review ?? '' }];
}

function fieldSteps(type: 'set' | 'default', map: Record<string, string | number | boolean>): Step[] {
  return Object.entries(map).map(([field, value]) => ({
    type,
    field: field as FieldRef,
    value: String(value),
  }));
}
