/**
 * The `when` of record rules and automations, compiled once: each condition reads the record as it
 * stands (fixes and earlier automations applied). Text is compared the way picklists compare it —
 * case, accents, spaces and punctuation aside — so "customer" equals "Customer"; countries compare
 * by ISO code, so "DE" equals "Germany" and "Deutschland".
 */

import { countryCode } from '../fields/country/index.ts';
import { foldPicklistKey } from '../fields/picklist/index.ts';
import { isBlank } from '../fields/text.ts';
import type { Condition, FieldRef, ValueQuality } from '../rules/config/index.ts';
import { MAX_VALUE_LENGTH } from './analyzers.ts';
import type { FieldOutcome, GateRecord } from './types.ts';

/** What a condition reads: the record as it stands, and what the checks found in each field's value. */
export interface ConditionSubject {
  readonly record: GateRecord;
  outcome(field: FieldRef): FieldOutcome | undefined;
}

export type RecordTest = (subject: ConditionSubject) => boolean;

export function isFilled(value: string | undefined): value is string {
  return value !== undefined && value !== '' && !isBlank(value);
}

function comparable(field: FieldRef): (value: string) => string {
  if (field === 'country') return (value) => countryCode(value) ?? foldPicklistKey(value);
  return (value) => foldPicklistKey(value);
}

export function compileCondition(c: Condition): RecordTest {
  const { field } = c;
  switch (c.op) {
    case 'empty':
      return ({ record }) => !isFilled(record[field]);
    case 'not_empty':
      return ({ record }) => isFilled(record[field]);
    case 'equals':
    case 'not_equals': {
      const key = comparable(field);
      const target = key(c.value);
      const want = c.op === 'equals';
      const exact = c.value;
      return ({ record }) => {
        const v = record[field];
        // The value as written is the common case; folding (which allocates) only when it differs.
        if (v === exact && v !== '') return want;
        return (isFilled(v) && key(v) === target) === want;
      };
    }
    case 'in':
    case 'not_in': {
      const key = comparable(field);
      const targets = new Set(c.values.map(key));
      const want = c.op === 'in';
      return ({ record }) => {
        const v = record[field];
        return (isFilled(v) && targets.has(key(v))) === want;
      };
    }
    case 'matches': {
      const regex = new RegExp(c.pattern, c.flags.replace(/[gy]/g, ''));
      // The pattern passed the safety check; the length bound keeps a hostile value cheap as well.
      return ({ record }) => {
        const v = record[field];
        return isFilled(v) && v.length <= MAX_VALUE_LENGTH && regex.test(v);
      };
    }
    case 'is':
    case 'is_not': {
      const holds = QUALITY_TESTS[c.quality];
      const want = c.op === 'is';
      // A blank value is none of the qualities: `is` fails and `is_not` holds.
      return (subject) => (isFilled(subject.record[field]) ? holds(subject.outcome(field)) === want : !want);
    }
  }
}

function worstSeverity(o: FieldOutcome | undefined): 0 | 1 | 2 {
  let worst: 0 | 1 | 2 = 0;
  for (const f of o?.findings ?? []) {
    if (f.severity === 'error') return 2;
    if (f.severity === 'warning') worst = 1;
  }
  return worst;
}

function fact(o: FieldOutcome | undefined, name: string): unknown {
  return (o?.analysis?.facts as Record<string, unknown> | undefined)?.[name];
}

/** Each quality judged on the field's outcome (a field kempt does not check is valid and nothing else). */
const QUALITY_TESTS: Readonly<Record<ValueQuality, (o: FieldOutcome | undefined) => boolean>> = {
  valid: (o) => worstSeverity(o) === 0,
  risky: (o) => worstSeverity(o) === 1,
  invalid: (o) => worstSeverity(o) === 2,
  free_email: (o) => fact(o, 'free') === true,
  disposable_email: (o) => fact(o, 'disposable') === true,
  role_email: (o) => fact(o, 'role') === true,
  work_email: (o) =>
    typeof fact(o, 'domain') === 'string' &&
    fact(o, 'domain') !== '' &&
    fact(o, 'free') !== true &&
    fact(o, 'disposable') !== true &&
    worstSeverity(o) < 2,
  mobile_phone: (o) => fact(o, 'type') === 'mobile' || fact(o, 'type') === 'fixed_line_or_mobile',
};

/** All conditions must hold; no conditions always hold. */
export function compileWhen(conditions: readonly Condition[]): RecordTest {
  const tests = conditions.map(compileCondition);
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return tests[0]!;
  return (r) => tests.every((t) => t(r));
}
