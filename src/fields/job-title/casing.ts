/**
 * Re-casing of ALL-CAPS and all-lower titles. Only called for recognised titles; acronyms keep
 * their form, small words stay lower, sentence-case languages (cs, pl, ru, fr, lt…) capitalise only
 * the first word. Greek capitals drop their accents, so Greek is re-cased only from the dictionary.
 */
import { foldTitle } from './tokenize.ts';

const ACRONYMS: ReadonlyMap<string, string> = new Map(
  (
    'CEO CFO CTO COO CIO CMO CISO CRO CPO CHRO CDO CSO CCO CAO CXO VP SVP EVP AVP GM MD IT HR ' +
    'QA SEO SEM PPC UX UI PR R&D L&D P&L M&A B2B B2C EMEA APAC DACH CEE LATAM AMER US USA UK EU ' +
    'AI ML BI CRM ERP SAP SDR BDR AE KAM CSM PM HRBP SRE DBA PA EA CX BD BDM TAM IoT iOS SaaS ' +
    'DevOps RevOps SalesOps InfoSec PHP SQL AWS GIS CAD HSE EHS ESG ICT II III IV RH DRH DAF ' +
    'DSI PDG DG GF EDV ИТ ΔΣ'
  )
    .split(' ')
    .map((a) => [foldTitle(a), a]),
);
const SMALL_WORDS = new Set(
  (
    'of and the for to in at on a an or by with de du des la le les et und der die das für von ' +
    'im y del di della'
  ).split(' '),
);
const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/;
const WORD_EDGES = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;
const PART_SEPARATORS = /([-/])/;
const LETTER_RUN = /\p{L}{4,}/u;
const NOT_ACRONYM_CHAR = /[^\p{L}\p{N}&.]/gu;

/** Every cased letter is upper, or every one is lower. */
export function hasUniformCase(value: string): boolean {
  // Most values are mixed case: two ASCII letters of different case settle it at once.
  let upperSeen = false;
  let lowerSeen = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 65 && c <= 90) upperSeen = true;
    else if (c >= 97 && c <= 122) lowerSeen = true;
    if (upperSeen && lowerSeen) return false;
  }
  const upper = value.toUpperCase();
  const lower = value.toLowerCase();
  return upper !== lower && (value === upper || value === lower);
}

function acronymOf(part: string): string | undefined {
  const key = foldTitle(part).replaceAll('.', '');
  const known = ACRONYMS.get(key);
  if (known === undefined) return undefined;
  return known === known.toUpperCase() ? part.toUpperCase() : known;
}

function capitalise(part: string): string {
  const lower = part.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Long enough to be worth re-casing: some word of 4+ letters that is not an acronym. */
function hasLongWord(words: readonly string[]): boolean {
  return words.some((w) => LETTER_RUN.test(w) && acronymOf(w.replace(NOT_ACRONYM_CHAR, '')) === undefined);
}

function recasePart(part: string, first: boolean, sentence: boolean): string {
  const acronym = acronymOf(part);
  if (acronym !== undefined) return acronym;
  if (first) return capitalise(part);
  if (sentence || SMALL_WORDS.has(part.toLowerCase())) return part.toLowerCase();
  return capitalise(part);
}

function recaseWord(word: string, firstWord: boolean, sentence: boolean): string {
  const [, lead = '', core = '', tail = ''] = WORD_EDGES.exec(word) ?? [];
  const parts = core.split(PART_SEPARATORS);
  const cased = parts.map((part, i) => {
    if (i % 2 === 1) return part;
    // Title case capitalises every hyphen part ("Co-Founder", "IT-Leiter"); sentence case only the first.
    const first = (firstWord && i === 0) || (!sentence && i > 0 && !SMALL_WORDS.has(part.toLowerCase()));
    return recasePart(part, first, sentence);
  });
  return lead + cased.join('') + tail;
}

/** The re-cased title, or undefined when it should stay as written. */
export function recaseTitle(value: string, sentence: boolean): string | undefined {
  if (GREEK.test(value)) return undefined;
  const words = value.split(' ');
  if (!hasLongWord(words)) return undefined;
  return words.map((w, i) => recaseWord(w, i === 0, sentence)).join(' ');
}
