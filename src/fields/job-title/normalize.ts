import { cleanTitle } from './clean.ts';
import { resolveTitle, titleInspector } from './inspect.ts';
import { classOf } from './resolve.ts';
import type { JobTitleOptions, TitleClass } from './types.ts';

/**
 * Returns a normalizer applying certain fixes only: clean-up, whole-value English abbreviation
 * expansion ("CMO" → "Chief Marketing Officer"), re-casing of ALL-CAPS / all-lower titles.
 * Titles in other languages are never translated.
 */
export function jobTitleNormalizer(options: JobTitleOptions = {}): (input: string) => string {
  const inspect = titleInspector({
    expand: options.expandAbbreviations !== false,
    casing: options.fixCasing !== false,
  });
  return function normalizeJobTitle(input: string): string {
    return inspect(input).normalized;
  };
}

export const normalizeJobTitle: (input: string) => string = jobTitleNormalizer();

/** Canonical English title, seniority and department of a title in any supported language. */
export function classifyTitle(title: string): TitleClass {
  const cleaned = cleanTitle(title);
  if (cleaned === '') return { confidence: 0 };
  return classOf(resolveTitle(cleaned));
}
