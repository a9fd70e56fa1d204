/** The checks of a person-name value, run on the parts analyze.ts has built. */

import { collapseWhitespace } from '../text.ts';
import type { FieldContext, Finding } from '../types.ts';
import { findingBuilder } from '../types.ts';
import { cleanName } from './clean.ts';
import { nameKindOf } from './detect.ts';
import { findEmail, hasUrl } from './embedded.ts';
import { isLowerKeyboardMash } from './mash.ts';
import { repairMojibake } from './mojibake.ts';
import type { NameProfile } from './script.ts';

export type PersonNameFindingCode =
  | 'name.test'
  | 'name.placeholder'
  | 'name.keyboard_mash'
  | 'name.contains_digits'
  | 'name.contains_email'
  | 'name.contains_url'
  | 'name.mojibake'
  | 'name.mixed_script'
  | 'name.too_long'
  | 'name.all_caps'
  | 'name.all_lower'
  | 'name.single_letter'
  | 'name.honorific';

export type CaseFix = 'upper' | 'lower' | 'kept-greek' | undefined;

/** What analyze.ts learned about a value, for the checks. */
export interface NameParts {
  normalized: string;
  /** The name without titles, after the case fix. */
  core: string;
  /** `core` in lower case, when the caller has it already. */
  coreLower?: string;
  coreWords: number;
  profile: NameProfile;
  caseFix: CaseFix;
  recased: boolean;
  honorific?: string;
  suffix?: string;
  withoutHonorific?: string;
}

const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;
const EMPTY_BRACKETS = /[<([{]\s*[>)\]}]/g;
const INITIALS_ONLY = /^(?:\p{L}\.?)(?: \p{L}\.?)*$/u;
const SOFT_LIMIT = 100;
const SOFT_LIMIT_FULL = 150;

const finding = findingBuilder<PersonNameFindingCode>();

export function tooLongFindings(input: string, ctx: FieldContext, limit: number): Finding[] {
  const message = `The value is ${input.length} characters long; a name is far shorter (limit ${limit}), so it was not checked further.`;
  return [finding('name.too_long', ctx, 'error', message)];
}

/** Email and web addresses; true when one was found, as the name checks would then misfire. */
function embeddedFindings(value: string, ctx: FieldContext, out: Finding[]): boolean {
  const email = findEmail(value);
  if (email !== undefined) {
    const rest = value.slice(0, email[0]) + value.slice(email[1]);
    const name = cleanName(collapseWhitespace(rest.replace(EMPTY_BRACKETS, '')));
    const suggestion = LETTER.test(name) ? name : undefined;
    const address = value.slice(email[0], email[1]);
    out.push(
      finding(
        'name.contains_email',
        ctx,
        'error',
        `The name holds an email address (${address}); it belongs in the email field.`,
        suggestion,
      ),
    );
  }
  if (hasUrl(value))
    out.push(
      finding(
        'name.contains_url',
        ctx,
        'error',
        'The name holds a web address: spam, or a value from another field.',
      ),
    );
  return out.length > 0;
}

function contentFindings(parts: NameParts, ctx: FieldContext, out: Finding[]): void {
  const lower = parts.coreLower ?? parts.core.toLowerCase();
  const kind = nameKindOf(parts.core, lower, parts.profile.hasDigit);
  if (kind === 'test') {
    out.push(finding('name.test', ctx, 'error', `"${parts.core}" is a test entry, not a person's name.`));
  } else if (kind === 'missing') {
    out.push(finding('name.test', ctx, 'error', `"${parts.core}" stands in for a missing name.`));
  } else if (kind === 'placeholder') {
    const message = `"${parts.core}" is a well-known stand-in name; a real person rarely has it.`;
    out.push(finding('name.placeholder', ctx, 'warning', message));
  } else if (isLowerKeyboardMash(lower)) {
    const message = `"${parts.core}" looks like keys hit at random, not a name.`;
    out.push(finding('name.keyboard_mash', ctx, 'warning', message));
  }
  if ((kind === undefined || kind === 'placeholder') && parts.profile.hasDigit && DIGIT.test(parts.core)) {
    out.push(finding('name.contains_digits', ctx, 'warning', 'The name contains digits.'));
  }
}

function caseFindings(parts: NameParts, ctx: FieldContext, out: Finding[]): void {
  if (parts.caseFix === 'kept-greek') {
    const message = 'The name is in Greek capitals; the case was kept because capitals drop the accents.';
    out.push(finding('name.all_caps', ctx, 'info', message));
  } else if (parts.recased && parts.caseFix === 'upper') {
    out.push(finding('name.all_caps', ctx, 'info', 'The name was typed in capitals; its case was rebuilt.'));
  } else if (parts.recased && parts.caseFix === 'lower') {
    out.push(
      finding('name.all_lower', ctx, 'info', 'The name was typed in lowercase; its case was rebuilt.'),
    );
  }
}

function shapeFindings(parts: NameParts, ctx: FieldContext, out: Finding[]): void {
  if (parts.profile.mixedWord) {
    const message = 'A word mixes Latin with Greek or Cyrillic letters that look alike.';
    out.push(finding('name.mixed_script', ctx, 'warning', message));
  }
  const limit = ctx.field === 'full_name' ? SOFT_LIMIT_FULL : SOFT_LIMIT;
  if (parts.normalized.length > limit) {
    const message = `The name is ${parts.normalized.length} characters long; names are rarely over ${limit}.`;
    out.push(finding('name.too_long', ctx, 'warning', message));
  }
  const singleField = ctx.field === 'first_name' || ctx.field === 'last_name';
  const short = parts.core.length <= 2 || parts.core[1] === '.' || parts.core[1] === ' ';
  if (singleField && short && parts.profile.script !== 'other' && INITIALS_ONLY.test(parts.core)) {
    out.push(finding('name.single_letter', ctx, 'info', `"${parts.core}" is only an initial.`));
  }
}

function honorificFindings(parts: NameParts, ctx: FieldContext, out: Finding[]): void {
  if (parts.honorific === undefined) return;
  const moved = !parts.normalized.startsWith(parts.honorific);
  const message = moved
    ? `The title "${parts.honorific}" was moved out of the name.`
    : `"${parts.honorific}" is a title, not part of the name.`;
  out.push(finding('name.honorific', ctx, 'info', message, moved ? undefined : parts.withoutHonorific));
}

/** All findings of a value that has letters or not; `collapsed` is the value before clean-up. */
export function nameFindings(
  collapsed: string,
  parts: NameParts,
  ctx: FieldContext,
  mojibake: boolean,
): Finding[] {
  const out: Finding[] = [];
  const embedded = embeddedFindings(collapsed, ctx, out);
  if (mojibake) {
    const message = 'The name looks mis-decoded: text saved in one character encoding was read as another.';
    out.push(finding('name.mojibake', ctx, 'warning', message, repairMojibake(collapsed)));
  }
  if (parts.profile.script === undefined) {
    out.push(finding('name.test', ctx, 'error', `"${collapsed}" has no letters, so it is not a name.`));
    return out;
  }
  if (parts.coreWords === 0) {
    out.push(finding('name.test', ctx, 'error', `"${collapsed}" is only a title, with no name.`));
    return out;
  }
  if (!embedded) contentFindings(parts, ctx, out);
  shapeFindings(parts, ctx, out);
  caseFindings(parts, ctx, out);
  honorificFindings(parts, ctx, out);
  return out;
}
