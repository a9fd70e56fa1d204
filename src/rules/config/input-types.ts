/**
 * The config as the schema accepts it, before shortcuts are expanded and defaults filled (what
 * resolve.ts reads). The schemas are built per field kind, so zod cannot infer this precisely;
 * resolve.test.ts runs every shape through the schema and the resolver.
 */

import type { ContactField } from '../../record/fields.ts';
import type { PicklistEntry } from './picklist.ts';
import type { Action, Channel, Derivation, FallbackAction, Format, PicklistPreset } from './vocabulary.ts';

export type Scalar = string | number | boolean;
export type PerChannelInput<T> = T | Partial<Record<'default' | Channel, T>>;

interface RuleCommonInput {
  id?: string | undefined;
  channels?: Channel[] | undefined;
  message?: string | undefined;
}

interface FixableInput {
  action: Action;
  otherwise?: PerChannelInput<FallbackAction> | undefined;
}

export type RuleInput = RuleCommonInput &
  (
    | ({ type: 'format'; format?: Format | undefined } & FixableInput)
    | { type: 'regex'; pattern: string; flags: string; must: 'match' | 'not_match'; action: FallbackAction }
    | { type: 'length' | 'range'; min?: number | undefined; max?: number | undefined; action: FallbackAction }
    | ({
        type: 'picklist';
        preset?: PicklistPreset | undefined;
        values?: (string | PicklistEntry)[] | undefined;
        case_sensitive: boolean;
        output: 'label' | 'value';
      } & FixableInput)
    | {
        type: 'email_domain';
        allow?: string[] | undefined;
        block?: string[] | undefined;
        action: FallbackAction;
      }
    | { type: 'field_check'; checks: Record<string, FallbackAction | undefined> }
  );

export interface FieldConfigInput {
  required?: PerChannelInput<boolean | FallbackAction> | undefined;
  rules?: RuleInput[] | undefined;
}

export interface ConditionObjectInput {
  equals?: Scalar;
  not_equals?: Scalar;
  in?: Scalar[];
  not_in?: Scalar[];
  empty?: boolean;
  not_empty?: boolean;
  matches?: string;
  flags?: string;
  is?: string;
  is_not?: string;
}

export type ConditionInput = Scalar | ConditionObjectInput;
export type ChannelConditionInput = Channel | Channel[] | { is?: Channel; in?: Channel[] };
export type WhenInput = { channel?: ChannelConditionInput } & Record<
  string,
  ConditionInput | ChannelConditionInput | undefined
>;

export interface RecordRuleInput {
  id?: string | undefined;
  when?: WhenInput | undefined;
  require?: string[] | undefined;
  require_any?: string[] | undefined;
  action: FallbackAction;
  message?: string | undefined;
}

export interface AssignOwnerInput {
  round_robin?: string[] | undefined;
  by_country?: Record<string, string> | undefined;
  otherwise?: string | undefined;
  overwrite: boolean;
}

export interface StepInput {
  set?: Record<string, Scalar> | undefined;
  default?: Record<string, Scalar> | undefined;
  derive?: Derivation | undefined;
  into?: string | undefined;
  overwrite?: boolean | undefined;
  assign_owner?: AssignOwnerInput | undefined;
  tag?: string | string[] | undefined;
  flag_for_review?: string | undefined;
}

export interface AutomationInput {
  id: string;
  description?: string | undefined;
  when?: WhenInput | undefined;
  then: StepInput[];
}

export interface ConfigInput {
  version: 1;
  channels?: Partial<Record<Channel, { default_country?: string | undefined } | null>> | null | undefined;
  fields?: Partial<Record<ContactField, FieldConfigInput | null>> | null | undefined;
  custom_fields?: Record<string, FieldConfigInput | null> | null | undefined;
  record_rules?: RecordRuleInput[] | null | undefined;
  automations?: AutomationInput[] | null | undefined;
  access?: { roles?: Record<string, { write: string[] }> } | null;
  duplicates?: unknown;
}
