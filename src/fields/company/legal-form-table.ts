/**
 * The legal-form table compiled once at module load into lookups keyed by word tokens, so detection
 * costs a few Map/Set probes per name whatever the table size.
 */
import { GenerationalCache } from '../memo.ts';
import { LEGAL_FORM_ROWS } from './legal-forms.data.ts';

export interface LegalForm {
  /** Display spelling reported as the form's identity ("Sp. z o.o.", "GmbH", "ООО"). */
  readonly canonical: string;
  /** Accepted spellings, kept as written; other spellings of the same letters are rewritten to them. */
  readonly displays: readonly string[];
  readonly displayKeys: readonly string[];
  readonly displayFolded: readonly string[];
  /** ISO 3166-1 alpha-2, primary first. */
  readonly countries: readonly string[];
  readonly name: string;
  /** 0: never before the name, 1: only when the record's country matches, 2: always. */
  readonly prefix: 0 | 1 | 2;
  readonly suffix: boolean;
  /** Recognised only when the record's country is one of `countries`. */
  readonly local: boolean;
  /** Words of name that must precede the form ("Fast Company" is a name). */
  readonly minBase: number;
  /** From the curated table rather than only ISO 20275. */
  readonly curated: boolean;
}

export interface FormEntry {
  readonly form: LegalForm;
  /** This spelling is a common word or acronym elsewhere: country-bound and never respelled. */
  readonly local: boolean;
  /** Outside the form's countries, recognised only when written exactly so ("SpA", not "Spa"). */
  readonly exact: string | undefined;
  readonly respell: boolean;
}

/**
 * One step of a walk over a name's tokens: from the last token backwards for forms after the name, from
 * the first forwards for forms before it. `entries` are the forms spelled by the tokens walked so far.
 */
export interface StemNode {
  readonly entries: readonly FormEntry[] | undefined;
  readonly next: ReadonlyMap<string, StemNode>;
}

interface MutableStemNode {
  entries: readonly FormEntry[] | undefined;
  next: Map<string, MutableStemNode>;
}

export interface CjkForm {
  readonly text: string;
  readonly form: LegalForm;
}

// Word tokens: letters/digits with their marks, and '&' which stacked forms use ("GmbH & Co. KG").
export const TOKEN = /[\p{L}\p{N}\p{M}]+|&/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;
const NOT_LETTER_KEY = /[^\p{L}\p{N}&/]+/gu;
const CJK_TEXT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

// Per-character folds, memoised: normalize() per token cost ~1 µs, a Map hit a few ns. Bounded so
// that a flood of distinct characters cannot grow it without limit.
const FOLDED = new Map<string, string>();
const FOLD_CACHE_LIMIT = 4096;

function foldChar(c: string): string {
  let f = FOLDED.get(c);
  if (f !== undefined) return f;
  f = c === 'ς' ? 'σ' : c.normalize('NFD').replace(MARKS, '').normalize('NFC');
  if (FOLDED.size < FOLD_CACHE_LIMIT) FOLDED.set(c, f);
  return f;
}

export const AMPERSAND = 0x26;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
// Character classes of the Basic Multilingual Plane, filled on first sight: 0 unknown, 1 word, 2 other.
const BMP_CLASS = new Uint8Array(0x10000);

/** UTF-16 length of the word character at `i` (letter, digit or mark), 0 when it is none. */
export function wordWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80)
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = s.codePointAt(i) ?? c;
    return cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  if (Number.isNaN(c)) return 0;
  let k = BMP_CLASS[c];
  if (k === 0) {
    k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    BMP_CLASS[c] = k;
  }
  return k === 1 ? 1 : 0;
}

// Folded non-ASCII tokens: folding walks the token a character at a time, and names repeat their words
// ("strojírna", "Φαρμακευτική"). Detection on the bench's non-ASCII names measured 1.85 -> 1.64 µs with it.
const FOLDED_TOKENS = new GenerationalCache<string>(4096);

/** Token as compared: lower case, diacritics folded, Greek final sigma unified. */
export function foldToken(token: string): string {
  const lower = token.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  let out = FOLDED_TOKENS.get(lower);
  if (out !== undefined) return out;
  out = '';
  for (const c of lower) out += c.charCodeAt(0) < 0x80 ? c : foldChar(c);
  FOLDED_TOKENS.set(lower, out);
  return out;
}

/** Letters, digits, '&' and '/' in lower case: "S.R.O." and "sro" share "sro", "A/S" keeps "a/s". */
export function letterKey(spelling: string): string {
  return spelling.toLowerCase().replace(NOT_LETTER_KEY, '');
}

export function foldLetters(key: string): string {
  return NON_ASCII.test(key) ? key.normalize('NFD').replace(MARKS, '').normalize('NFC') : key;
}

export function tokenKey(spelling: string): string {
  let key = '';
  for (const m of spelling.matchAll(TOKEN)) key = key === '' ? foldToken(m[0]) : `${key} ${foldToken(m[0])}`;
  return key;
}

const bare = (s: string): string => (s.startsWith('~') || s.startsWith('^') ? s.slice(1) : s);

function parseForm(row: string): { form: LegalForm; spellings: string[]; cjk: boolean } {
  const [d = '', c = '', name = '', v = '', flags = ''] = row.split(';');
  const marked = d.split('|');
  const displays = marked.map(bare);
  const form: LegalForm = {
    canonical: displays[0] ?? '',
    displays,
    displayKeys: displays.map(letterKey),
    displayFolded: displays.map((s) => foldLetters(letterKey(s))),
    countries: c.split(' '),
    name,
    prefix: flags.includes('p') ? 2 : flags.includes('P') ? 1 : 0,
    suffix: !flags.includes('q'),
    local: flags.includes('l'),
    minBase: flags.includes('w') ? 2 : 1,
    curated: flags.includes('k'),
  };
  const spellings = v === '' ? marked : [...marked, ...v.split('|')];
  return { form, spellings, cjk: flags.includes('c') };
}

const stemNode = (): MutableStemNode => ({ entries: undefined, next: new Map() });

/** Adds the path of `tokens` to the trie; the entries are filled in once the index is complete. */
function addStem(root: MutableStemNode, tokens: readonly string[]): void {
  let node = root;
  for (const token of tokens) {
    let child = node.next.get(token);
    if (!child) {
      child = stemNode();
      node.next.set(token, child);
    }
    node = child;
  }
}

function build() {
  const index = new Map<string, FormEntry[]>();
  const suffixRoot = stemNode();
  const prefixRoot = stemNode();
  const cjk: CjkForm[] = [];
  const forms: LegalForm[] = [];
  let maxTokens = 1;
  for (const row of LEGAL_FORM_ROWS) {
    const { form, spellings, cjk: isCjk } = parseForm(row);
    forms.push(form);
    for (const marked of spellings) {
      const spelling = bare(marked);
      if (isCjk && CJK_TEXT.test(spelling)) {
        cjk.push({ text: spelling, form });
        continue;
      }
      const key = tokenKey(spelling);
      if (key === '') continue;
      const local = marked.startsWith('~');
      const exact = marked.startsWith('^') ? spelling : undefined;
      const list = index.get(key) ?? [];
      if (!list.some((e) => e.form === form && e.local === local && e.exact === exact)) {
        list.push({ form, local, exact, respell: !local });
      }
      index.set(key, list);
      const tokens = key.split(' ');
      maxTokens = Math.max(maxTokens, tokens.length);
      addStem(suffixRoot, tokens.toReversed());
      if (form.prefix > 0) addStem(prefixRoot, tokens);
    }
  }
  fillEntries(suffixRoot, index, [], true);
  fillEntries(prefixRoot, index, [], false);
  // Longest first so 股份有限公司 wins over 有限公司.
  cjk.sort((a, b) => b.text.length - a.text.length);
  return { index, suffixRoot, prefixRoot, cjk, forms, maxTokens };
}

/** Every node whose path spells an indexed key gets that key's entries, whichever form put it there. */
function fillEntries(
  node: MutableStemNode,
  index: ReadonlyMap<string, FormEntry[]>,
  path: string[],
  reversed: boolean,
): void {
  for (const [token, child] of node.next) {
    path.push(token);
    child.entries = index.get((reversed ? path.toReversed() : path).join(' '));
    fillEntries(child, index, path, reversed);
    path.pop();
  }
}

const TABLE = build();

/** Token keys of known spellings, last token first: a walk stops at the first token no spelling has. */
export const SUFFIX_TRIE: StemNode = TABLE.suffixRoot;
/** Token keys of spellings of forms that may precede the name, first token first. */
export const PREFIX_TRIE: StemNode = TABLE.prefixRoot;
export const CJK_FORMS: readonly CjkForm[] = TABLE.cjk;
export const LEGAL_FORMS: readonly LegalForm[] = TABLE.forms;
export const MAX_FORM_TOKENS = TABLE.maxTokens;
