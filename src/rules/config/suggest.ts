/** "Did you mean …?" for names typed into a config: fields, actions, rule types, finding codes. */

import { editDistance } from '../../fields/picklist/index.ts';

const MIN_PREFIX = 4;

/** The closest candidate to a mistyped name, when one is close enough to be a likely typo. */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const typed = input.toLowerCase().trim();
  if (typed === '') return undefined;
  // Within a third of the length: "emial" → "email", but "id" → nothing rather than a guess.
  const budget = Math.max(1, Math.floor(typed.length / 3));
  let best: string | undefined;
  let bestDistance = budget + 1;
  for (const candidate of candidates) {
    const d = editDistance(typed, candidate.toLowerCase(), budget);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best !== undefined) return best;
  // A truncated name ("lifecycle" for "lifecycle_stage") is further by edits but obvious.
  if (typed.length < MIN_PREFIX) return undefined;
  const prefixed = candidates.filter((c) => c.toLowerCase().startsWith(typed));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** ` Did you mean "email"?`, or nothing. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const best = closest(input, candidates);
  return best === undefined ? '' : ` Did you mean "${best}"?`;
}

/** `block, quarantine, fix or warn`. */
export function listWords(words: readonly string[], conjunction = 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}

/** How a value found in the file reads in a message: `"blok"`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (typeof value === 'string') return value.length > 60 ? `"${value.slice(0, 57)}..."` : `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a section of settings';
}
