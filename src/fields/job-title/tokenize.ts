/** Folding and tokenising of titles for dictionary look-up (never for display). */
import { STOP_WORDS, TRUNCATE_WORDS } from './titles.data.ts';

// Letters NFD does not decompose, plus Greek final sigma so "ΔΙΕΥΘΥΝΤΗΣ" and "διευθυντης" meet.
const SPECIAL: Readonly<Record<string, string>> = {
  ł: 'l',
  đ: 'd',
  ø: 'o',
  ß: 'ss',
  ı: 'i',
  œ: 'oe',
  æ: 'ae',
  þ: 'th',
  ς: 'σ',
};
const SPECIAL_RE = /[łđøßıœæþς]/g;
const MARKS = /\p{M}+/gu;
// "v.p.", "sr.", "s.r.o.", "ph.d." lose their dots; "dir.marketing" splits on them.
const DOTTED = /^(?:\p{L}{1,2}\.)+\p{L}{0,2}$/u;
// "r&d", "p&l", "m&a" are one token; "founder&ceo" is two.
const AMP_ACRONYM = /^\p{L}&\p{L}$/u;
const CODE_LANGUAGE = /^[a-z](?:\+\+|#)$/;
const PLUS_HASH = /[+#]/g;

const STOP = new Set(STOP_WORDS);
const TRUNCATE = new Set(TRUNCATE_WORDS);

// Folded form of each code unit below U+2000 (Latin, Greek, Cyrillic, combining marks), null when
// it folds to itself: a table walk is several times faster than normalize('NFD') plus a Unicode
// replace. Entries are filled on first sight, so loading the module costs nothing.
const FOLD_LIMIT = 0x2000;
const FOLD_TABLE: (string | null | undefined)[] = new Array(FOLD_LIMIT);

function foldedUnit(c: number): string | null {
  let folded = FOLD_TABLE[c];
  if (folded === undefined) {
    const ch = String.fromCharCode(c);
    const fold = ch
      .normalize('NFD')
      .replace(MARKS, '')
      .replace(SPECIAL_RE, (x) => SPECIAL[x] ?? x);
    folded = fold === ch ? null : fold;
    FOLD_TABLE[c] = folded;
  }
  return folded;
}

/** Lower-case, strip diacritics (Latin, Greek, Cyrillic breve), fold ł/ß/ø. Keeps the script. */
export function foldTitle(value: string): string {
  const lower = value.toLowerCase();
  let out = '';
  let last = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0x80 || c >= FOLD_LIMIT) continue;
    const folded = foldedUnit(c);
    if (folded === null) continue;
    out += lower.slice(last, i) + folded;
    last = i + 1;
  }
  return last === 0 ? lower : out + lower.slice(last);
}

/**
 * Word characters of a folded string: ASCII letters and digits, the joiners . & + #, and every
 * non-ASCII code unit outside the punctuation and symbol blocks. A hand scan is several times
 * faster than a Unicode-aware split on this hot path.
 */
function isWordChar(c: number): boolean {
  if (c < 0x80) return isAsciiAlnum(c) || isJoiner(c);
  if (c < 0xc0) return false; // Latin-1 punctuation: « » · ¿ ¡ no-break space
  if (c === 0xd7 || c === 0xf7) return false; // × ÷
  if (c >= 0x2000 && c <= 0x2bff) return false; // general punctuation, currency, symbols, arrows
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  return !(c >= 0xfe30 && c <= 0xff0f); // compatibility and full-width punctuation
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** . & + # */
function isJoiner(c: number): boolean {
  return c === 46 || c === 38 || c === 43 || c === 35;
}

export interface TitleTokens {
  tokens: string[];
  /** A relational tail was cut off ("Assistant to the CEO" → assistant). */
  truncated: boolean;
}

/** Folded tokens without punctuation and stop words, cut at "to"/"at" ("Assistant to the CEO"). */
export function splitTitle(value: string): TitleTokens {
  const folded = foldTitle(value);
  const tokens: string[] = [];
  let start = -1;
  let joined = false;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      if (start < 0) start = i;
      if (c < 0x80 && isJoiner(c)) joined = true;
    } else if (start >= 0) {
      const piece = folded.slice(start, i);
      if (!(joined ? pushPiece(tokens, piece) : pushWord(tokens, piece))) return { tokens, truncated: true };
      start = -1;
      joined = false;
    }
  }
  return { tokens, truncated: false };
}

export function tokenizeTitle(value: string): string[] {
  return splitTitle(value).tokens;
}

/** Returns false when a truncating word ends the title. */
function pushPiece(out: string[], piece: string): boolean {
  if (piece.includes('.')) {
    if (DOTTED.test(piece)) return pushWord(out, piece.replaceAll('.', ''));
    for (const part of piece.split('.')) if (part !== '' && !pushPiece(out, part)) return false;
    return true;
  }
  if (piece.includes('&') && !AMP_ACRONYM.test(piece)) {
    for (const part of piece.split('&')) if (part !== '' && !pushPiece(out, part)) return false;
    return true;
  }
  if ((piece.includes('+') || piece.includes('#')) && !CODE_LANGUAGE.test(piece)) {
    const bare = piece.replace(PLUS_HASH, '');
    return bare === '' ? true : pushWord(out, bare);
  }
  return pushWord(out, piece);
}

function pushWord(out: string[], word: string): boolean {
  if (STOP.has(word)) return true;
  if (out.length > 0 && TRUNCATE.has(word)) return false;
  out.push(word);
  return true;
}
