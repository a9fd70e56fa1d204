/**
 * Detectors for values that are not a person's name: test entries, stand-ins for a missing name and
 * well-known placeholder people.
 */

import { isKeyboardMash } from './mash.ts';
import { MISSING_VALUES, PLACEHOLDER_VALUES, TEST_VALUES, TEST_WORDS } from './test-data.ts';

export type TestKind = 'test' | 'missing';
export type NameKind = TestKind | 'placeholder';

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const DIGITS = /\p{Nd}+/gu;
const SPACES = / {2,}/g;

function isLoose(code: number): boolean {
  return code === 0x20 || code === 0x5f || code === 0x2e || code === 0x2d;
}

// A loop, not /[\s_.-]+$/: that regex retries from every dot of a long run and turns quadratic.
function trimLoose(key: string): string {
  let start = 0;
  let end = key.length;
  while (start < end && isLoose(key.charCodeAt(start))) start++;
  while (end > start && isLoose(key.charCodeAt(end - 1))) end--;
  return start === 0 && end === key.length ? key : key.slice(start, end);
}

/** Lowercase lookup key without digits; "Doe, John" reads as "john doe". */
export function lookupKey(value: string, mayHaveDigits = true): string {
  return keyOfLower(value.toLowerCase(), mayHaveDigits);
}

function keyOfLower(lower: string, mayHaveDigits: boolean): string {
  let key = lower;
  if (mayHaveDigits && DIGIT.test(key)) key = key.replace(DIGITS, '').replace(SPACES, ' ');
  key = trimLoose(key);
  const comma = key.indexOf(', ');
  if (comma > 0 && !key.includes(',', comma + 1)) key = `${key.slice(comma + 2)} ${key.slice(0, comma)}`;
  return key;
}

// One look-up instead of four for the common miss; a key in several lists takes the first kind of
// test, missing, placeholder.
const KINDS: ReadonlyMap<string, NameKind> = new Map<string, NameKind>([
  ...[...PLACEHOLDER_VALUES].map((key) => [key, 'placeholder'] as const),
  ...[...MISSING_VALUES].map((key) => [key, 'missing'] as const),
  ...[...TEST_VALUES, ...TEST_WORDS].map((key) => [key, 'test'] as const),
]);

function keyKind(key: string): NameKind | undefined {
  const kind = KINDS.get(key);
  if (kind !== undefined) return kind;
  const space = key.indexOf(' ');
  if (space > 0 && TEST_WORDS.has(key.slice(0, space)) && key.split(' ').every((w) => TEST_WORDS.has(w))) {
    return 'test';
  }
  return undefined;
}

/** What a value is when it is not a name: a test, a stand-in for a missing name, a placeholder person. */
export function nameKind(value: string, mayHaveDigits = true): NameKind | undefined {
  if (!LETTER.test(value)) return value.trim() === '' ? undefined : 'missing';
  return keyKind(lookupKey(value, mayHaveDigits));
}

/** nameKind for a caller that has the value in lower case already. */
export function nameKindOf(value: string, lower: string, mayHaveDigits: boolean): NameKind | undefined {
  if (!LETTER.test(value)) return value.trim() === '' ? undefined : 'missing';
  return keyKind(keyOfLower(lower, mayHaveDigits));
}

/** 'test' for a made-up entry, 'missing' for a stand-in typed instead of a name, else undefined. */
export function testKind(value: string): TestKind | undefined {
  const kind = nameKind(value);
  return kind === 'placeholder' ? undefined : kind;
}

/** A well-known stand-in person ("John Doe", "Max Mustermann"): possible, but unlikely, as a real name. */
export function isPlaceholderName(value: string): boolean {
  return nameKind(value) === 'placeholder';
}

/**
 * Record-level test detection from the first and last name: a made-up name on either side
 * ("Test", "Asdf"), a made-up pair ("Mickey" + "Mouse"), or no real name on either side
 * ("First" + "Last", "n/a" + "-", a mash + a mash). Stand-ins like "John Doe" are not tests
 * (see isPlaceholderName).
 */
export function isTestName(first: string, last: string): boolean {
  const firstKind = testKind(first);
  const lastKind = testKind(last);
  if (firstKind === 'test' || lastKind === 'test') return true;
  if (testKind(`${first} ${last}`) === 'test') return true;
  const firstJunk = firstKind !== undefined || isKeyboardMash(first);
  const lastJunk = lastKind !== undefined || isKeyboardMash(last);
  return firstJunk && lastJunk;
}
