/**
 * Rebuilds the case of a name typed ALL UPPER or all lower. Each part across hyphens, apostrophes
 * and dots is capitalised (Jean-Luc, O'Neil, J.R.); "Mc" names get a second capital, "Mac" names
 * only from a known list (Mack, Machado, Macedo are not Mac + name); particles inside a name are
 * lowercased (Ludwig van Beethoven); titles and suffixes take their usual spelling (MUDr., Ph.D.).
 *
 * Particle convention, chosen because the case typed was lost: Germanic particles stay lowercase
 * even at the start of a last-name field ("van der Berg", "von Trapp"), as the field is shown after
 * the first name; Romance and Arabic ones are capitalised there ("De Luca", "Di Maio", "D'Angelo",
 * "Al-Hassan"), the usual form of such surnames standing alone.
 */

import {
  ARTICLE_PARTICLES,
  HONORIFICS,
  INITIALISM_NAMES,
  LOWERCASE_LEADING_PARTICLES,
  MAC_NAMES,
  PARTICLES,
  SUFFIXES,
  TITLE_CONTINUATIONS,
} from './data.ts';
import type { TitleSpan } from './titles.ts';
import { titleKey, trailingRun } from './titles.ts';

const RUN = /[\p{L}\p{M}]+/gu;
const TURKISH = /[İı]/;
const INNER_PREFIX = /^(al|el|d|l)(['’ʼ-])/;
const CONSONANT_AFTER_IJ = /^ij[bcdfghjklmnpqrstvwxz]/;
// Latin digraph letters have a title-case form distinct from their capital (Croatian "Ǉubo" → "ǈubo").
const TITLE_DIGRAPHS: ReadonlyMap<string, string> = new Map([
  ['ǆ', 'ǅ'],
  ['ǉ', 'ǈ'],
  ['ǌ', 'ǋ'],
  ['ǳ', 'ǲ'],
]);

interface WordContext {
  /** Position among the words of the name proper (titles excluded). */
  index: number;
  field: string;
  afterParticle: boolean;
  allCaps: boolean;
  turkish: boolean;
}

function lowerName(word: string, turkish: boolean): string {
  if (!turkish) return word.toLowerCase();
  return word.replaceAll('I', 'ı').replaceAll('İ', 'i').toLowerCase();
}

function upperFirst(run: string, turkish: boolean): string {
  const first = String.fromCodePoint(run.codePointAt(0)!);
  let upper = TITLE_DIGRAPHS.get(first) ?? (turkish && first === 'i' ? 'İ' : first.toUpperCase());
  // "ß" → "SS", "ŉ" → "ʼN": a capital that is not one letter would change the spelling.
  if (upper.length !== first.length) upper = first;
  return upper + run.slice(first.length);
}

function capitaliseRun(run: string, ctx: WordContext, macAllowed: boolean): string {
  if (run.length >= 4 && run.startsWith('mc')) return `Mc${upperFirst(run.slice(2), ctx.turkish)}`;
  if (macAllowed && MAC_NAMES.has(run)) return `Mac${upperFirst(run.slice(3), ctx.turkish)}`;
  if (CONSONANT_AFTER_IJ.test(run)) return `IJ${run.slice(2)}`;
  return upperFirst(run, ctx.turkish);
}

/** Capitalises every letter run; after an apostrophe only when one letter precedes it (O'Neil, Ma'ayan). */
function capitaliseRuns(lower: string, ctx: WordContext): string {
  const macAllowed = ctx.field === 'last_name' || (ctx.field === 'full_name' && ctx.index > 0);
  let previousLength = 0;
  return lower.replace(RUN, (run: string, offset: number) => {
    const separator = lower[offset - 1];
    const apostrophe = separator === "'" || separator === '’' || separator === 'ʼ';
    const keep = offset > 0 && apostrophe && previousLength > 1;
    previousLength = run.length;
    return keep ? run : capitaliseRun(run, ctx, macAllowed);
  });
}

function isParticle(lower: string, ctx: WordContext): boolean {
  return PARTICLES.has(lower) || (ctx.afterParticle && ARTICLE_PARTICLES.has(lower));
}

function recaseWord(word: string, ctx: WordContext): string {
  if (ctx.allCaps && INITIALISM_NAMES.has(word)) return word;
  const lower = lowerName(word, ctx.turkish);
  if (isParticle(lower, ctx)) {
    const lowercase = ctx.index > 0 || (ctx.field === 'last_name' && LOWERCASE_LEADING_PARTICLES.has(lower));
    return lowercase ? lower : capitaliseRuns(lower, ctx);
  }
  const prefix = ctx.index > 0 ? INNER_PREFIX.exec(lower) : null;
  if (prefix !== null && lower.length > prefix[0].length + 1) {
    return prefix[0] + capitaliseRuns(lower.slice(prefix[0].length), ctx);
  }
  return capitaliseRuns(lower, ctx);
}

/** The usual spelling of a title or suffix word, keeping the dot and comma typed after it. */
function recaseTitle(word: string, table: ReadonlyMap<string, string>): string {
  const key = titleKey(word);
  const spelled = table.get(key) ?? TITLE_CONTINUATIONS.get(key) ?? key;
  return spelled + word.slice(word.length - trailingRun(word, '.,'));
}

/** Recases the words of a name whose case was lost; `span` marks titles and suffixes. */
export function recaseWords(
  words: readonly string[],
  span: TitleSpan,
  field: string,
  allCaps: boolean,
): string[] {
  const turkish = words.some((w) => TURKISH.test(w));
  const out: string[] = [];
  let afterParticle = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (i < span.coreStart) out.push(recaseTitle(word, HONORIFICS));
    else if (i >= span.coreEnd) out.push(recaseTitle(word, SUFFIXES));
    else {
      const bare = word.slice(0, word.length - trailingRun(word, ','));
      const comma = word.slice(bare.length);
      const ctx = { index: i - span.coreStart, field, afterParticle, allCaps, turkish };
      out.push(recaseWord(bare, ctx) + comma);
      afterParticle = isParticle(lowerName(bare, turkish), ctx);
    }
  }
  return out;
}
