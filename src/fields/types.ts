/**
 * Shared vocabulary of the field modules. Field modules are pure: no I/O, no storage, no HTTP.
 * A check never throws on bad data; it returns findings. Callers that want an exception use the
 * module's `…OrThrow` variant where one exists.
 */

import { isBlank } from './text.ts';

export type Severity = 'error' | 'warning' | 'info';

/** Why a value is wrong, risky or notable. `code` is namespaced by module: `email.typo`, `phone.invalid`. */
export interface Finding {
  code: string;
  field: string;
  severity: Severity;
  message: string;
  /** A better value that is not certain enough to apply automatically. */
  suggestion?: string;
  ruleId?: string;
}

/**
 * The verdict of one value. `empty` is no evidence (blank: nothing but whitespace and invisible
 * characters), `invalid` holds an error, `risky` a warning, `valid` nothing worse than info.
 */
export type Verdict = 'empty' | 'valid' | 'risky' | 'invalid';

/** What a field module's `analyze…` returns for one value. */
export interface FieldAnalysis<F extends object = Record<string, never>> {
  input: string;
  /** The value after certain fixes only; equal to `input` when nothing is certain. Idempotent. */
  normalized: string;
  findings: Finding[];
  verdict: Verdict;
  /** Facts the module learned (e.g. an email's canonical key, a phone's E.164 and type). */
  facts: F;
}

/** What a field module may know about the record around the value. */
export interface FieldContext {
  /** The column's canonical field name (e.g. `email`, `mobile`), used in findings. */
  field: string;
  /** ISO 3166-1 alpha-2 country of the record, when known (phone default region, state lookup). */
  country?: string;
}

/** The verdict of a value from its findings; blank means only whitespace and invisible characters. */
export function verdictOf(input: string, findings: readonly Finding[]): Verdict {
  if (isBlank(input)) return 'empty';
  let verdict: Verdict = 'valid';
  for (const f of findings) {
    if (f.severity === 'error') return 'invalid';
    if (f.severity === 'warning') verdict = 'risky';
  }
  return verdict;
}

/**
 * A module's finding builder, typed to its own codes: `const finding = findingBuilder<EmailCode>()`.
 * `suggestion` is left out of the object (not set to undefined) when there is none.
 */
export function findingBuilder<C extends string>() {
  return function finding(
    code: C,
    ctx: Pick<FieldContext, 'field'>,
    severity: Severity,
    message: string,
    suggestion?: string,
  ): Finding {
    const f: Finding = { code, field: ctx.field, severity, message };
    if (suggestion !== undefined) f.suggestion = suggestion;
    return f;
  };
}
