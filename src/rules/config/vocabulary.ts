/**
 * The words a kempt config is written in: channels, actions, rule types, formats, derivations.
 * Everything the schema accepts by name is listed here once, so the schema, the messages and the
 * JSON Schema for editors cannot disagree.
 */

import type { ContactField, FieldKind } from '../../record/fields.ts';
import { CONTACT_FIELDS } from '../../record/fields.ts';

export const CHANNELS = ['form', 'api', 'import', 'sync', 'cli'] as const;
export type Channel = (typeof CHANNELS)[number];

export const ACTIONS = ['block', 'quarantine', 'fix', 'warn'] as const;
export type Action = (typeof ACTIONS)[number];
/** What happens when nothing can be fixed: every action but `fix`. */
export const FALLBACK_ACTIONS = ['block', 'quarantine', 'warn'] as const;
export type FallbackAction = (typeof FALLBACK_ACTIONS)[number];

/**
 * A required field left blank: the person behind a form or an API call is there to correct it, so
 * it is blocked; an import, a sync or a CLI run has nobody to answer, and rejecting would lose the
 * row, so it is quarantined.
 */
export const DEFAULT_MISSING_ACTION: Readonly<Record<Channel, FallbackAction>> = {
  form: 'block',
  api: 'block',
  import: 'quarantine',
  sync: 'quarantine',
  cli: 'quarantine',
};

export const RULE_TYPES = [
  'format',
  'regex',
  'length',
  'range',
  'picklist',
  'email_domain',
  'field_check',
] as const;
export type RuleType = (typeof RULE_TYPES)[number];

export const FORMATS = [
  'email',
  'phone',
  'url',
  'date',
  'person_name',
  'company',
  'job_title',
  'state',
  'postcode',
] as const;
export type Format = (typeof FORMATS)[number];

/** The formats a field of each kind may be checked against; the first is the default. */
export const FORMATS_BY_KIND: Readonly<Record<FieldKind, readonly Format[]>> = {
  email: ['email'],
  phone: ['phone'],
  website: ['url'],
  date: ['date'],
  'person-name': ['person_name'],
  company: ['company'],
  'job-title': ['job_title'],
  state: ['state'],
  postcode: ['postcode'],
  // Free text may hold anything; the format must then be named.
  text: ['email', 'phone', 'url', 'date'],
  // Picklists and countries are checked against their allowed values, ids against nothing.
  picklist: [],
  country: [],
  id: [],
};

export const PICKLIST_PRESETS = ['lead_source', 'lifecycle_stage', 'country'] as const;
export type PicklistPreset = (typeof PICKLIST_PRESETS)[number];

export const DOMAIN_SHORTCUTS = ['free', 'disposable'] as const;
export type DomainShortcut = (typeof DOMAIN_SHORTCUTS)[number];

/** A contact field, or a custom CRM column written `custom.<column>`. */
export type FieldRef = ContactField | `custom.${string}`;
export const CUSTOM_PREFIX = 'custom.';

export const DERIVATIONS = {
  company_domain_from_email: { from: 'email', into: 'website' },
  country_from_phone: { from: 'phone', into: 'country' },
  seniority_from_title: { from: 'job_title', into: 'custom.seniority' },
  department_from_title: { from: 'job_title', into: 'custom.department' },
} as const satisfies Record<string, { from: ContactField; into: FieldRef }>;
export type Derivation = keyof typeof DERIVATIONS;
export const DERIVATION_NAMES = Object.keys(DERIVATIONS) as Derivation[];

export const CONDITION_OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'empty',
  'not_empty',
  'matches',
  'is',
  'is_not',
] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

/**
 * What a value is, as kempt's checks judged it: for `is` / `is_not` conditions ("tag personal-email
 * leads": `email: { is: free_email }`). The validity words apply to any checked field; the others to
 * the kind of field named.
 */
export const VALUE_QUALITIES = {
  valid: 'any',
  risky: 'any',
  invalid: 'any',
  free_email: 'email',
  work_email: 'email',
  disposable_email: 'email',
  role_email: 'email',
  mobile_phone: 'phone',
} as const satisfies Record<string, 'any' | FieldKind>;
export type ValueQuality = keyof typeof VALUE_QUALITIES;
export const VALUE_QUALITY_NAMES = Object.keys(VALUE_QUALITIES) as ValueQuality[];

export const STEP_VERBS = ['set', 'default', 'derive', 'assign_owner', 'tag', 'flag_for_review'] as const;
export type StepVerb = (typeof STEP_VERBS)[number];

const CONTACT_FIELD_SET: ReadonlySet<string> = new Set(CONTACT_FIELDS);

export function isFieldRef(name: string): name is FieldRef {
  return (
    CONTACT_FIELD_SET.has(name) || (name.startsWith(CUSTOM_PREFIX) && name.length > CUSTOM_PREFIX.length)
  );
}

/** Ids are recorded on every finding and change, and typed on the command line: keep them plain. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
