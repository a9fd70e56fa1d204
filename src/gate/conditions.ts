/**
 * The `when` of record rules and automations, compiled once: each condition reads the record as it
 * stands (fixes and earlier automations applied). Text is compared the way picklists compare it —
 * case, accents, spaces and punctuation aside — so "customer" equals "Customer"; countries compare
 * by ISO code, so "DE" equals "Germany" and "Deutschland".
 */

import { countryCode } from '../fields/country/index.ts';
import { foldPicklistKey } from '../fields/picklist/index.ts';
import { isBlank } from '../fields/text.ts';
import type { Condition, FieldRef } from '../rules/config/index.ts';
import { MAX_VALUE_LENGTH } from './analyzers.ts';
import type { GateRecord } from './types.ts';

export type RecordTest = (record: GateRecord) => boolean;

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
      return (r) => !isFilled(r[field]);
    case 'not_empty':
      return (r) => isFilled(r[field]);
    case 'equals':
    case 'not_equals': {
      const key = comparable(field);
      const target = key(c.value);
      const want = c.op === 'equals';
      return (r) => {
        const v = r[field];
        return (isFilled(v) && key(v) === target) === want;
      };
    }
    case 'in':
    case 'not_in': {
      const key = comparable(field);
      const targets = new Set(c.values.map(key));
      const want = c.op === 'in';
      return (r) => {
        const v = r[field];
        return (isFilled(v) && targets.has(key(v))) === want;
      };
    }
    case 'matches': {
      const regex = new RegExp(c.pattern, c.flags.replace(/[gy]/g, ''));
      // The pattern passed the safety check; the length bound keeps a hostile value cheap as well.
      return (r) => {
        const v = r[field];
        return isFilled(v) && v.length <= MAX_VALUE_LENGTH && regex.test(v);
      };
    }
  }
}

/** All conditions must hold; no conditions always hold. */
export function compileWhen(conditions: readonly Condition[]): RecordTest {
  const tests = conditions.map(compileCondition);
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return tests[0]!;
  return (r) => tests.every((t) => t(r));
}
