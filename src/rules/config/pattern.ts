/** User-written regular expressions: allowed flags, and whether a pattern compiles and is safe to run. */

import { checkRegexSafety } from './regex-safety.ts';

export const MAX_PATTERN_LENGTH = 500;
/**
 * i, m, s and u only: g and y make a regex remember where it stopped between values, and v changes
 * the syntax the safety check reads.
 */
export const FLAGS = /^(?!.*(.).*\1)[imsu]*$/;
export const FLAGS_MESSAGE =
  'flags may contain i (ignore case), m (multi-line), s (dot matches newlines) and u (Unicode), each once; g, y and v are not allowed because each value is tested once.';

/** Why a pattern cannot be used, phrased for the person who wrote it; undefined when it can. */
export function patternProblem(pattern: string, flags: string): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH)
    return `the pattern is ${pattern.length} characters long; keep it under ${MAX_PATTERN_LENGTH} (split the check into several rules).`;
  try {
    new RegExp(pattern, flags);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `the pattern does not compile (${reason}). Check that brackets are closed and that special characters (. * + ? ( ) [ ] { } | \\) are escaped with a backslash when meant literally.`;
  }
  const safety = checkRegexSafety(pattern, flags);
  return safety.safe ? undefined : `the pattern could take far too long on some values: ${safety.reason}`;
}
