/**
 * Person-name analysis for first_name, last_name and full_name. Certain fixes only: whitespace,
 * emoji and symbols, wrapping quotes and brackets, stray punctuation at the ends, and the case of a
 * value typed ALL UPPER or all lower. A name typed in mixed case is a person's choice and is kept
 * exactly (DeVito, McDonald, van der Berg, d'Artagnan). Titles stay in the value by default: the
 * record has no title field, so moving them out would lose them ("Ing." matters in Czech address).
 */

import { collapseWhitespace } from '../text.ts';
import type { FieldAnalysis, FieldContext, Finding } from '../types.ts';
import { verdictOf } from '../types.ts';
import { recaseWords } from './casing.ts';
import { cleanName } from './clean.ts';
import { HONORIFICS } from './data.ts';
import { hasUrl } from './embedded.ts';
import type { CaseFix, NameParts } from './findings.ts';
import { nameFindings, tooLongFindings } from './findings.ts';
import { hasMojibake } from './mojibake.ts';
import type { NameProfile, NameScript } from './script.ts';
import { profileName } from './script.ts';
import type { TitleSpan } from './titles.ts';
import { findTitles, trailingRun } from './titles.ts';

export interface PersonNameFacts {
  /** Titles before the name as normalized: "Prof. Dr.", "Ing.", "Mr.". */
  honorific?: string;
  /** Degrees and generational suffixes after the name as normalized: "Ph.D.", "Jr.". */
  suffix?: string;
  script?: NameScript;
  /** The case was rebuilt from ALL UPPER or all lower. */
  recased?: boolean;
}

export type PersonNameAnalysis = FieldAnalysis<PersonNameFacts>;

export interface PersonNameOptions {
  /**
   * Take titles and suffixes out of `normalized` (they stay in `facts`). Off by default: the contact
   * record has no field to receive them.
   */
  stripTitles?: boolean;
}

/** Longer than this is not a name at all and is not processed further. */
export const MAX_NAME_LENGTH = 256;
const NEEDS_COLLAPSE = /^\s|\s$|[^\S ]| {2}|[\u200B-\u200D\u2060\uFEFF\u00AD]|\p{M}/u;
const NON_BLANK = /\S/;
const GREEK_VOWELS = /[ΑΕΗΙΟΥΩΆΈΉΊΌΎΏΪΫ]/g;
const GREEK_ACCENTED = /[ΆΈΉΊΌΎΏΪΫ]/;

// Greek capitals are usually written without accents, which lowercase needs ("ΕΛΕΝΗ" is "Ελένη"):
// only recase when every word of two or more vowels carries its accent.
function greekAccentsKept(core: string): boolean {
  return core.split(' ').every((w) => (w.match(GREEK_VOWELS)?.length ?? 0) < 2 || GREEK_ACCENTED.test(w));
}

function caseFix(profile: NameProfile, core: string): CaseFix {
  if (profile.mixedWord || profile.hasUpper === profile.hasLower) return undefined;
  const { script } = profile;
  if (script === 'latin' || script === 'cyrillic') return profile.hasUpper ? 'upper' : 'lower';
  if (script !== 'greek') return undefined;
  if (profile.hasLower) return 'lower';
  return greekAccentsKept(core) ? 'upper' : 'kept-greek';
}

function joinCore(words: readonly string[], start: number, end: number): string {
  const core = words.slice(start, end).join(' ');
  return core.endsWith(',') ? core.slice(0, core.length - trailingRun(core, ' ,')) : core;
}

/** Builds the normalized value and the parts the checks look at. */
function buildParts(
  cleaned: string,
  wholeProfile: NameProfile,
  ctx: FieldContext,
  stripTitles: boolean,
  mojibake: boolean,
): NameParts {
  // Mis-decoded text, or an email or web address in the value: its case is left alone.
  const keepCase = mojibake || cleaned.includes('@') || hasUrl(cleaned);
  let words = cleaned.split(' ');
  const span = findTitles(words, ctx.country);
  const titled = span.coreStart > 0 || span.coreEnd < words.length;
  const core = titled ? joinCore(words, span.coreStart, span.coreEnd) : cleaned;
  const profile = titled && core !== '' ? profileName(core) : wholeProfile;
  const fix = core === '' || keepCase ? undefined : caseFix(profile, core);
  const recasing = fix === 'upper' || fix === 'lower';
  if (recasing) words = recaseWords(words, span, ctx.field, fix === 'upper');
  const whole = recasing ? words.join(' ') : cleaned;
  const recasedCore = titled ? joinCore(words, span.coreStart, span.coreEnd) : whole;
  const parts: NameParts = {
    normalized: stripTitles && core !== '' ? recasedCore : whole,
    core: recasedCore,
    coreWords: span.coreEnd - span.coreStart,
    profile: wholeProfile,
    caseFix: fix,
    recased: whole !== cleaned,
  };
  if (span.coreStart > 0) parts.honorific = words.slice(0, span.coreStart).join(' ');
  if (span.coreEnd < words.length) parts.suffix = words.slice(span.coreEnd).join(' ');
  if (parts.honorific !== undefined) parts.withoutHonorific = words.slice(span.coreStart).join(' ');
  return parts;
}

const WHOLE_WORD: TitleSpan = { coreStart: 0, coreEnd: 1 };

/**
 * One word of letters ("Daniel", "Nováková", "Николаева", "DeVito", "NOVÁK") is most of every name
 * column. Such a word has nothing to clean and no title around it, so it skips the split, clean-up
 * and title steps and gets the parts buildParts would make. Undefined for anything else, a word
 * that is itself a title ("Herr") or looks mis-decoded included: those take the full path.
 */
function plainWordParts(word: string, profile: NameProfile, field: string): NameParts | undefined {
  if (!profile.lettersOnly || (profile.nonAscii && hasMojibake(word))) return undefined;
  const lower = word.toLowerCase();
  if (HONORIFICS.has(lower)) return undefined;
  const fix = caseFix(profile, word);
  const recasing = fix === 'upper' || fix === 'lower';
  const normalized = recasing ? recaseWords([word], WHOLE_WORD, field, fix === 'upper')[0]! : word;
  const recased = normalized !== word;
  const parts: NameParts = { normalized, core: normalized, coreWords: 1, profile, caseFix: fix, recased };
  // Recasing may change more than case (Turkish dotless ı), so only the word as typed reuses `lower`.
  if (!recased) parts.coreLower = lower;
  return parts;
}

function factsOf(parts: NameParts): PersonNameFacts {
  const facts: PersonNameFacts = { recased: parts.recased };
  if (parts.profile.script !== undefined) facts.script = parts.profile.script;
  if (parts.honorific !== undefined) facts.honorific = parts.honorific;
  if (parts.suffix !== undefined) facts.suffix = parts.suffix;
  return facts;
}

function result(
  input: string,
  normalized: string,
  findings: Finding[],
  facts: PersonNameFacts,
): PersonNameAnalysis {
  return { input, normalized, findings, verdict: verdictOf(input, findings), facts };
}

/** Returns an analyzer with the given options; `analyzePersonName` is the default one. */
export function personNameAnalyzer(
  options: PersonNameOptions = {},
): (input: string, ctx: FieldContext) => PersonNameAnalysis {
  const stripTitles = options.stripTitles === true;
  return function analyzePersonName(input: string, ctx: FieldContext): PersonNameAnalysis {
    if (!NON_BLANK.test(input)) return { input, normalized: '', findings: [], verdict: 'empty', facts: {} };
    if (input.length > MAX_NAME_LENGTH && input.trim().length > MAX_NAME_LENGTH) {
      return result(input, input, tooLongFindings(input, ctx, MAX_NAME_LENGTH), {});
    }
    const raw = profileName(input);
    const plain = plainWordParts(input, raw, ctx.field);
    if (plain !== undefined) {
      return result(input, plain.normalized, nameFindings(input, plain, ctx, false), factsOf(plain));
    }
    const collapsed = NEEDS_COLLAPSE.test(input) ? collapseWhitespace(input) : input;
    if (collapsed === '') return { input, normalized: '', findings: [], verdict: 'empty', facts: {} };
    // Cleaning removes no letter or digit, so the profile of the raw value holds for the clean one.
    const profile = collapsed === input ? raw : profileName(collapsed);
    // A mis-decoded value is left as it is: its symbols are the bytes of the real letters.
    const mojibake = (profile.nonAscii || collapsed.includes('?')) && hasMojibake(collapsed);
    const cleaned = mojibake ? collapsed : cleanName(collapsed);
    const parts = buildParts(cleaned === '' ? collapsed : cleaned, profile, ctx, stripTitles, mojibake);
    if (parts.profile.script === undefined) parts.normalized = collapsed;
    return result(input, parts.normalized, nameFindings(collapsed, parts, ctx, mojibake), factsOf(parts));
  };
}

/** Analyzes a first_name, last_name or full_name value; never throws. Titles are kept in the value. */
export const analyzePersonName: (input: string, ctx: FieldContext) => PersonNameAnalysis =
  personNameAnalyzer();

/** The normalized form of a name (certain fixes only); `field` steers particle and Mac rules. */
export function normalizePersonName(input: string, field = 'full_name'): string {
  return analyzePersonName(input, { field }).normalized;
}
