/**
 * Matching key of a company name for duplicate finding: "ACME Incorporated", "Acme, Inc." -> "acme";
 * "Škoda Auto a.s." -> "skoda auto"; "ООО «Ромашка»" -> "romashka". Never for display.
 */
import anyAscii from 'any-ascii';

const NON_ASCII = /[^\x00-\x7f]/;
const APOSTROPHES = /['`]/g;
const HAS_APOSTROPHE = /['`]/;
const CO_OP = /\bco-op/g;
// Conjunctions unify "Procter & Gamble" with "Procter and Gamble"; "the" carries nothing.
const DROP = new Set(['and', 'und', 'et', 'the']);
const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['co', 'company'],
  ['cie', 'company'],
  ['corp', 'corporation'],
  ['intl', 'international'],
  ['bros', 'brothers'],
]);
const MAX_KEY_INPUT = 250;
// A lower-case value that is already its own key: ASCII words, single spaces, nothing to drop, respell
// or merge. Most names are, once lower-cased; testing this is cheaper than rebuilding the key word by word.
const KEY_SHAPED = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const REKEYED_WORD = new RegExp(
  `(?:^| )(?:${[...DROP, ...SYNONYMS.keys()].join('|')}|[a-z0-9] [a-z0-9])(?= |$)`,
);

/** Key of a name already stripped of its legal form. */
export function keyOfBase(base: string): string {
  let t = base.length > MAX_KEY_INPUT ? base.slice(0, MAX_KEY_INPUT) : base;
  if (NON_ASCII.test(t)) t = anyAscii(t);
  t = t.toLowerCase();
  // "Co-op" is one word, not the "Co." of "& Co."
  if (t.includes('co-op')) t = t.replace(CO_OP, 'coop');
  if (HAS_APOSTROPHE.test(t)) t = t.replace(APOSTROPHES, '');
  if (KEY_SHAPED.test(t) && !REKEYED_WORD.test(t)) return t;
  // A hand scan over ASCII: split() with a regex allocated an array per call (measured ~2x slower).
  let key = '';
  let lastSingle = false;
  let start = -1;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const w = t.slice(start, i);
    start = -1;
    if (DROP.has(w)) continue;
    // Initials merge: "I.B.M." and "IBM" share "ibm".
    if (w.length === 1 && lastSingle) {
      key += w;
      continue;
    }
    const word = SYNONYMS.get(w) ?? w;
    key = key === '' ? word : `${key} ${word}`;
    lastSingle = w.length === 1;
  }
  return key;
}
