/**
 * Matching form of a given name or surname: "Dvořák" -> "dvorak", "Ελένη" -> "eleni", "Анна" -> "anna",
 * "Jean-Baptiste" -> "jean baptiste", "O'Brien" -> "obrien". Never for display.
 *
 * Apostrophes and dots are dropped in place, because they sit inside one name (O'Brien, Natal'ya from
 * Наталья, the initials "J.R."); any other run of non-letters (spaces, hyphens, commas, digits) becomes one
 * space, so "Jean-Baptiste" and "Jean Baptiste" fold alike.
 */
import anyAscii from 'any-ascii';

const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/;
// Polytonic letters, or accents typed as combining marks.
const OTHER_MARKED = /[\u0300-\u036f\u1f00-\u1fff]/;
// Accents and breathings, but not the diaeresis: "αϋ" is two vowels, not the digraph "αυ".
const MARKS_BUT_DIAERESIS = /[\u0300-\u0307\u0309-\u036f]/g;
const VOICELESS = 'θκξπσςτφχψ';
const ALPHA = 0x3b1;
const GAMMA = 0x3b3;
const EPSILON = 0x3b5;
const ETA = 0x3b7;
const MU = 0x3bc;
const NU = 0x3bd;
const XI = 0x3be;
const OMICRON = 0x3bf;
const PI = 0x3c0;
const TAU = 0x3c4;
const UPSILON = 0x3c5;
const CHI = 0x3c7;

/** The letter without its tonos (ά -> α, ΰ -> ϋ); NaN past the end stays NaN. */
function untoned(c: number): number {
  switch (c) {
    case 0x3ac:
      return ALPHA;
    case 0x3ad:
      return EPSILON;
    case 0x3ae:
      return ETA;
    case 0x3af:
      return 0x3b9;
    case 0x3cc:
      return OMICRON;
    case 0x3cd:
      return UPSILON;
    case 0x3ce:
      return 0x3c9;
    case 0x390:
      return 0x3ca;
    case 0x3b0:
      return 0x3cb;
    default:
      return c;
  }
}

function isGreekLetter(c: number): boolean {
  return c >= 0x370 && c <= 0x3ff;
}

/**
 * Greek digraphs any-ascii spells letter by letter ("Ευάγγελος" -> "Eyaggelos", "Παπαδόπουλος" ->
 * "Papadopoylos") are respelled the way Greeks write their names in Latin (ELOT 743: "Evangelos",
 * "Papadopoulos", "Eleftherios"), which is what the Latin-script records of the same people hold. Word-initial
 * μπ/ντ are b/d, as in src/generate/translit.ts, so generated and real spellings meet. Returns Greek with
 * those digraphs in Latin, for any-ascii to finish.
 */
function respellGreek(lower: string): string {
  const s = OTHER_MARKED.test(lower)
    ? lower.normalize('NFD').replace(MARKS_BUT_DIAERESIS, '').normalize('NFC')
    : lower;
  // A hand scan over char codes: a replace chain with callbacks cost twice as much.
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = untoned(s.charCodeAt(i));
    const next = untoned(s.charCodeAt(i + 1));
    if (next === UPSILON && (c === ALPHA || c === EPSILON || c === ETA || c === OMICRON)) {
      // αυ/ευ/ηυ are voiced before vowels and voiced consonants, voiceless before voiceless ones and at
      // the end: Ευάγγελος -> Evangelos, Ελευθέριος -> Eleftherios.
      const after = s.charCodeAt(i + 2);
      const voiceless = !isGreekLetter(after) || VOICELESS.includes(s[i + 2]!);
      out.push(c === ALPHA ? 0x61 : c === EPSILON ? 0x65 : c === ETA ? 0x69 : 0x6f);
      out.push(c === OMICRON ? 0x75 : voiceless ? 0x66 : 0x76);
      i++;
    } else if (c === GAMMA && (next === GAMMA || next === XI || next === CHI)) {
      out.push(0x6e);
    } else if (
      ((c === MU && next === PI) || (c === NU && next === TAU)) &&
      !isGreekLetter(s.charCodeAt(i - 1))
    ) {
      out.push(c === MU ? 0x62 : 0x64);
      i++;
    } else {
      out.push(c);
    }
  }
  // In slices: spreading a long value's codes at once would pass the engine's argument limit.
  let respelled = '';
  for (let i = 0; i < out.length; i += 8192) respelled += String.fromCharCode(...out.slice(i, i + 8192));
  return respelled;
}

function transliterate(value: string): string {
  let s = value.toLowerCase();
  if (GREEK.test(s)) s = respellGreek(s);
  return anyAscii(s);
}

const FOLDED = 0;
const ASCII = 1;
const OTHER = 2;

/** FOLDED: words of a-z split by single spaces; ASCII: anything else in ASCII; OTHER: the rest. */
function shapeOf(s: string): number {
  let shape = s === '' ? ASCII : FOLDED;
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) {
      space = false;
    } else if (c > 0x7f) {
      return OTHER;
    } else if (c === 0x20 && !space) {
      space = true;
    } else {
      shape = ASCII;
    }
  }
  return space ? ASCII : shape;
}

/** The matching form of a name: letters a-z in words split by single spaces; '' when nothing is left. */
export function foldName(value: string): string {
  // Most stored names are folded already, or plain ASCII that lower-casing folds: one scan tells which,
  // and any-ascii (the slow part) runs only for the rest. Returning folded values as they are also makes
  // folding idempotent.
  const shape = shapeOf(value);
  if (shape === FOLDED) return value;
  const s = (shape === OTHER ? transliterate(value) : value).toLowerCase();
  if (shapeOf(s) === FOLDED) return s;
  // A hand scan: a regex replace chain allocated a string per step.
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) {
      if (space && out !== '') out += ' ';
      space = false;
      out += s[i];
    } else if (c !== 0x27 && c !== 0x2e) {
      space = true;
    }
  }
  return out;
}
