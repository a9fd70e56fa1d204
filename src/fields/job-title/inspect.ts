/** One pass over a value shared by the normalizer and the analyzer, so neither repeats work. */
import { hasUniformCase, recaseTitle } from './casing.ts';
import { cleanTitle } from './clean.ts';
import { detectNotATitle, isPlaceholderTitle, looksLikeCompany, type NotATitleReason } from './detect.ts';
import { type Resolution, resolveTokens } from './resolve.ts';
import { foldTitle, splitTitle } from './tokenize.ts';

export interface Inspection {
  cleaned: string;
  normalized: string;
  placeholder: boolean;
  notTitle?: NotATitleReason;
  resolution?: Resolution;
}

export interface Fixes {
  expand: boolean;
  casing: boolean;
}

// Titles repeat heavily in CRM exports ("CEO" thousands of times); inspections are immutable.
const CACHE_LIMIT = 10_000;
const CACHED_INPUT_LENGTH = 256;

export function resolveTitle(cleaned: string): Resolution {
  return resolveTokens(splitTitle(cleaned));
}

const MARK = /\p{M}/u;

/** The dictionary spelling restores case, and accents only when CAPS dropped them all. */
function dictionaryCasing(cleaned: string, display: string | undefined): string | undefined {
  if (display === undefined || display === cleaned) return undefined;
  if (display.toLowerCase() === cleaned.toLowerCase()) return display;
  const accentless = !MARK.test(cleaned.normalize('NFD'));
  return accentless && foldTitle(display) === foldTitle(cleaned) ? display : undefined;
}

function fix(cleaned: string, r: Resolution, fixes: Fixes): string {
  if (fixes.expand && r.expand !== undefined) return r.expand;
  if (
    !fixes.casing ||
    (r.seniority === undefined && r.department === undefined) ||
    !hasUniformCase(cleaned)
  ) {
    return cleaned;
  }
  return dictionaryCasing(cleaned, r.display) ?? recaseTitle(cleaned, r.sentence) ?? cleaned;
}

/** A cached inspector: CRM columns repeat the same titles, so most calls are one map look-up. */
export function titleInspector(fixes: Fixes): (input: string) => Inspection {
  const inspections = new Map<string, Inspection>();
  return (input) => {
    let x = inspections.get(input);
    if (x === undefined) {
      x = inspectTitle(input, fixes);
      if (input.length > CACHED_INPUT_LENGTH) return x;
      if (inspections.size >= CACHE_LIMIT) inspections.clear();
      inspections.set(input, x);
    }
    return x;
  };
}

export function inspectTitle(input: string, fixes: Fixes): Inspection {
  const cleaned = cleanTitle(input);
  if (cleaned === '') return { cleaned, normalized: cleaned, placeholder: false };
  const notTitle = detectNotATitle(cleaned);
  if (notTitle === 'too_long') return { cleaned, normalized: cleaned, placeholder: false, notTitle };
  if (isPlaceholderTitle(cleaned)) return { cleaned, normalized: cleaned, placeholder: true };
  if (notTitle) return { cleaned, normalized: cleaned, placeholder: false, notTitle };
  const resolution = resolveTitle(cleaned);
  if (
    resolution.seniority === undefined &&
    resolution.department === undefined &&
    looksLikeCompany(cleaned)
  ) {
    return { cleaned, normalized: cleaned, placeholder: false, notTitle: 'company' };
  }
  return { cleaned, normalized: fix(cleaned, resolution, fixes), placeholder: false, resolution };
}
