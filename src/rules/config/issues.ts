/**
 * Turns zod's issues into errors a RevOps person can act on: what is wrong, where (a path the
 * locator maps to a line), and how to fix it. Unions are unwrapped to the alternative the writer
 * evidently meant, so "expected boolean" never hides the real mistake inside a per-channel map.
 */

import type { z } from 'zod';
import { describeValue, didYouMean, listWords } from './suggest.ts';
import type { UnknownKeyParams } from './zod-kit.ts';

type Issue = z.core.$ZodIssue;

export interface RawConfigError {
  path: PropertyKey[];
  message: string;
  /** The error is about the key itself (unknown or misplaced), not its value. */
  atKey: boolean;
}

const MISSING = 'this setting is required but missing.';

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (one "- item" per line, or [a, b])',
  object: 'a section of "key: value" settings',
  record: 'a section of "key: value" settings',
};

const MISSING_HINTS: Readonly<Record<string, string>> = {
  // biome-ignore lint/suspicious/noThenProperty: a config key, not a promise
  then: 'list the steps to run, e.g. then: [{ derive: country_from_phone }].',
  pattern: 'write the regular expression to check.',
  checks: 'map finding codes to actions, e.g. checks: { email.role: warn }.',
  value: 'write the value stored in the CRM.',
};

/** Per-parse messages for the issues whose schema has no message of its own. */
export function errorMap(iss: z.core.$ZodRawIssue): string | undefined {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return MISSING;
      return `expected ${EXPECTED[iss.expected] ?? iss.expected}, found ${describeValue(iss.input)}.`;
    case 'too_small':
      if (iss.origin === 'array') return `list at least ${iss.minimum} item${iss.minimum === 1 ? '' : 's'}.`;
      if (iss.origin === 'string')
        return iss.minimum === 1 ? 'this cannot be empty.' : `write at least ${iss.minimum} characters.`;
      return `must be at least ${iss.minimum}.`;
    case 'too_big':
      if (iss.origin === 'string') return `this is too long: at most ${iss.maximum} characters.`;
      if (iss.origin === 'array') return `list at most ${iss.maximum} items.`;
      return `must be at most ${iss.maximum}.`;
    default:
      return undefined;
  }
}

export function translateIssues(issues: readonly Issue[]): RawConfigError[] {
  return issues.flatMap((issue) => translate(issue, []));
}

function translate(issue: Issue, base: PropertyKey[]): RawConfigError[] {
  const path = [...base, ...issue.path];
  switch (issue.code) {
    case 'custom':
      return [custom(issue, path)];
    case 'invalid_union':
      return union(issue, path);
    case 'invalid_key':
      return issue.issues.flatMap((inner) => translate(inner, path)).map((e) => ({ ...e, atKey: true }));
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `unknown setting "${key}".`,
        atKey: true,
      }));
    case 'invalid_type':
      if (issue.message === MISSING) return [missing(path)];
      return [{ path, message: issue.message, atKey: false }];
    default:
      return [{ path, message: issue.message, atKey: false }];
  }
}

function missing(path: PropertyKey[]): RawConfigError {
  const key = String(path.at(-1) ?? '');
  const hint = MISSING_HINTS[key];
  return { path, message: `"${key}" is missing${hint === undefined ? '.' : `: ${hint}`}`, atKey: false };
}

function custom(issue: Extract<Issue, { code: 'custom' }>, path: PropertyKey[]): RawConfigError {
  const params = issue.params as (UnknownKeyParams | { kind: 'at_key' }) | undefined;
  if (params?.kind === 'at_key') return { path, message: issue.message, atKey: true };
  if (params?.kind !== 'unknown_key') return { path, message: issue.message, atKey: false };
  const key = String(path.at(-1));
  const message =
    params.unknown?.(key) ??
    `unknown setting "${key}" in ${params.owner}.${didYouMean(key, params.allowed)} Settings here: ${params.allowed.join(', ')}.`;
  return { path, message, atKey: true };
}

/** A branch that failed only because the value had the other branch's type. */
function typeMismatch(branch: readonly Issue[]): boolean {
  if (branch.length !== 1) return false;
  const only = branch[0]!;
  if (only.path.length !== 0) return false;
  if (only.code === 'invalid_type') return true;
  // A list of words offered a section or a list: the other branch is the one meant.
  if (only.code === 'invalid_value' && typeof only.input === 'object' && only.input !== null) return true;
  return only.code === 'invalid_union' && only.errors.length > 0 && only.errors.every(typeMismatch);
}

function expectedOf(branch: readonly Issue[]): string[] {
  return branch.flatMap((i) =>
    i.code === 'invalid_type'
      ? [EXPECTED[i.expected] ?? i.expected]
      : i.code === 'invalid_union'
        ? i.errors.flatMap(expectedOf)
        : [],
  );
}

function union(issue: Extract<Issue, { code: 'invalid_union' }>, path: PropertyKey[]): RawConfigError[] {
  if (issue.errors.length === 0) return [{ path, message: issue.message, atKey: false }];
  const meant = issue.errors.filter((b) => !typeMismatch(b));
  if (meant.length > 0) {
    const best = meant.reduce((a, b) => (b.length < a.length ? b : a));
    return best.flatMap((inner) => translate(inner, path));
  }
  const expected = [...new Set(issue.errors.flatMap(expectedOf))];
  const input = 'input' in issue ? issue.input : undefined;
  if (input === undefined) return [missing(path)];
  return [{ path, message: `expected ${listWords(expected)}, found ${describeValue(input)}.`, atKey: false }];
}
