/**
 * The validated config with every shortcut expanded and every default filled: what rule
 * evaluators, automations, the gate and `kempt rules explain` read. Nothing here is optional that
 * has a default; per-channel settings are full maps; every rule and automation has its id.
 */

import type { PicklistOption } from '../../fields/picklist/index.ts';
import type { ContactField } from '../../record/fields.ts';
import type {
  Action,
  Channel,
  Derivation,
  FallbackAction,
  FieldRef,
  Format,
  PicklistPreset,
  ValueQuality,
} from './vocabulary.ts';

export type ChannelMap<T> = Record<Channel, T>;

interface RuleBase {
  id: string;
  /** The channels the rule applies to (all five when the config named none). */
  channels: Channel[];
  message?: string;
}

/** For fix rules: what happens, per channel, when no certain fix exists. */
interface Fixable {
  action: Action;
  /** Present exactly when `action` is `fix`. */
  otherwise?: ChannelMap<FallbackAction>;
}

export interface FormatRule extends RuleBase, Fixable {
  type: 'format';
  format: Format;
}

export interface RegexRule extends RuleBase {
  type: 'regex';
  pattern: string;
  flags: string;
  must: 'match' | 'not_match';
  action: FallbackAction;
}

export interface LengthRule extends RuleBase {
  type: 'length';
  min?: number;
  max?: number;
  action: FallbackAction;
}

export interface RangeRule extends RuleBase {
  type: 'range';
  min?: number;
  max?: number;
  action: FallbackAction;
}

export interface PicklistRule extends RuleBase, Fixable {
  type: 'picklist';
  preset?: PicklistPreset;
  /**
   * The complete allowed list, ready for `picklistAnalyzer` (preset options with the config's
   * values merged in). With preset `country`, only the config's own additions, keyed by alpha-2.
   */
  values: PicklistOption[];
  case_sensitive: boolean;
  output: 'label' | 'value';
}

export interface DomainSet {
  /** Lower-cased; a domain also covers its subdomains. */
  domains: string[];
  free: boolean;
  disposable: boolean;
}

export interface EmailDomainRule extends RuleBase {
  type: 'email_domain';
  allow?: DomainSet;
  block?: DomainSet;
  action: FallbackAction;
}

export interface FieldCheckRule extends RuleBase {
  type: 'field_check';
  /** Finding code of the field's module → action. */
  checks: Record<string, FallbackAction>;
}

export type Rule =
  | FormatRule
  | RegexRule
  | LengthRule
  | RangeRule
  | PicklistRule
  | EmailDomainRule
  | FieldCheckRule;

export interface FieldConfig {
  /** The channels on which a blank value is not accepted, with what happens then. */
  required: Partial<ChannelMap<FallbackAction>>;
  rules: Rule[];
}

/** Values are compared as text; YAML numbers and booleans are turned into their text. */
export type Condition =
  | { field: FieldRef; op: 'equals' | 'not_equals'; value: string }
  | { field: FieldRef; op: 'in' | 'not_in'; values: string[] }
  | { field: FieldRef; op: 'empty' | 'not_empty' }
  | { field: FieldRef; op: 'matches'; pattern: string; flags: string }
  | { field: FieldRef; op: 'is' | 'is_not'; quality: ValueQuality };

export interface RecordRule {
  id: string;
  when: Condition[];
  channels: Channel[];
  /** All must be filled. */
  require: FieldRef[];
  /** At least one must be filled (empty list: no such requirement). */
  require_any: FieldRef[];
  action: FallbackAction;
  message?: string;
}

export type Step =
  | { type: 'set' | 'default'; field: FieldRef; value: string }
  | { type: 'derive'; derivation: Derivation; from: ContactField; into: FieldRef; overwrite: boolean }
  | { type: 'assign_owner'; strategy: 'round_robin'; owners: string[]; overwrite: boolean }
  | {
      type: 'assign_owner';
      strategy: 'by_country';
      /** Alpha-2 code → owner. */
      territories: Record<string, string>;
      otherwise?: string;
      overwrite: boolean;
    }
  | { type: 'tag'; tags: string[] }
  | { type: 'flag_for_review'; reason: string };

export interface Automation {
  id: string;
  description?: string;
  when: Condition[];
  channels: Channel[];
  /** The `then` steps, in order; one step per field for set and default. */
  steps: Step[];
}

export interface ResolvedConfigData {
  version: 1;
  channels: ChannelMap<{ default_country?: string }>;
  /** Configured fields only; custom CRM columns under `custom.<column>`. */
  fields: Partial<Record<FieldRef, FieldConfig>>;
  record_rules: RecordRule[];
  automations: Automation[];
  /** Roles written in the config (they replace or add to the shipped ones); empty when none. */
  roles: Record<string, { write: string[] }>;
  /** Reserved for the duplicate finder's settings; passed through unvalidated. */
  duplicates?: unknown;
}
