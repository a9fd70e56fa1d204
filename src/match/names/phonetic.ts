/**
 * Phonetic key of a folded name (see fold.ts), for finding the same person spelled in another language's
 * orthography or transliteration: Dworak/Dvořák, Schmidt/Schmitt/Shmidt, Meyer/Meier/Mayer/Maier,
 * Philip/Filip, Kowalski/Kovalskiy, Aleksandr/Alexandr, Yelena/Elena, Nowicki/Novitsky,
 * Tchaikovsky/Chaikovsky/Chaykovskiy. Soundex does not serve here: it keeps the first letter as written and
 * ignores w while coding v, so Kowalski is K420 but Kovalski K142, Dworak D620 but Dvorak D162, Filip F410
 * but Philip P410; and it cuts keys to four characters, so Nowak and Nowicki are both N200.
 *
 * Each word is coded on its own and the codes are joined by single spaces.
 *
 * Sounds that folding or transliteration already merged are merged here too. Folding turns š, ž, č into
 * s, z, c, so s, z, sh, sch, zh, sz, ts, tz, cz and soft c all share one code. ch and kh share the code
 * of h. That fits Czech, Polish, German and Greek "ch" (Chalupa, Michał, Bach, Christos after χ) and
 * Russian "kh" (Mikhail): Michael, Michal, Michail and Mikhail share a key. Russian Ч written "ch" lands
 * there too, and so does English "tch" (Mitchell). Before r or l, ch is k: Christian, Krystian,
 * Christina and Kristina share a key.
 *
 * Vowels carry spelling noise (Meyer/Meier, Müller/Mueller, Natalia/Natalya), so only a word's first and
 * last sounds keep theirs. The last vowel matters because it is often a gender or form ending: Jan and
 * Jana, Novák and Nováková, Kowalski and Kowalska are usually different people, so they get different
 * keys. Anna and Hana differ too (the leading h is kept), and Giorgos and Yorgos differ (g against j).
 *
 * Coarse by design: Smith and Schmidt share a key (as in Double Metaphone), and so do Ioannis, Yannis
 * and Jones. Use the key to find candidates, not to decide that two records are the same person.
 */

/** Bump whenever a key changes, so stored keys are rebuilt rather than compared across versions. */
export const PHONETIC_VERSION = 1;

// l, r, t: Claudia, Christina (ch handled apart), Victor.
const HARD_C_BEFORE = [0x6c, 0x72, 0x74];
// Slavic patronymic suffixes (-vich/-vić/-wicz): Petrovich, Petrović and Piotrowicz share an ending.
const VICH_ENDING = /[vw](?:itch|ich|icz|ic)$/;
const A = 0x61;
const C = 0x63;
const E = 0x65;
const H = 0x68;
const I = 0x69;
const J = 0x6a;
const K = 0x6b;
const R = 0x72;
const S = 0x73;
const Z = 0x7a;
const Y = 0x79;
const O = 0x6f;
const U = 0x75;

function isVowel(c: number): boolean {
  return c === A || c === E || c === I || c === O || c === U;
}

function respellEnding(word: string): string {
  let w = word;
  let n = w.length;
  let last = w.charCodeAt(n - 1);
  const before = w.charCodeAt(n - 2);
  // Russian endings -iy/-ij/-yj/-ii/-yi are "-i": Dmitriy/Dmitrij/Dmitrii, Chaykovskiy/Chaikovsky.
  if (n > 3 && (before === I || before === Y) && (last === Y || last === J || last === I)) {
    w = `${w.slice(0, -2)}i`;
    n--;
    last = I;
  }
  if ((last === C || last === H || last === Z) && VICH_ENDING.test(w)) {
    w = w.replace(VICH_ENDING, 'vich');
  } else if (n >= 6 && (last === I || last === Y) && w.charCodeAt(n - 2) === K && w.charCodeAt(n - 3) === C) {
    // Polish -cki and Czech -cký are "-tski" (Nowicki = Novitsky). Short English pet names (Nicky, Vicky,
    // Becky) end the same way with a k sound, hence at least three letters before -ck.
    w = `${w.slice(0, -3)}sk${w[n - 1]}`;
  }
  // Russian Е starts a word as "ye" or "e" by the transliteration used, and as "je" in German and
  // Serbo-Croatian spelling: Yelena, Elena and Jelena; Yevgeniy, Evgeniy and Jewgeni.
  const first = w.charCodeAt(0);
  if (w.length > 2 && (first === Y || first === J) && w.charCodeAt(1) === E) w = w.slice(1);
  return w;
}

const CHAR = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
let codes = new Uint8Array(64);

/**
 * Writes the sound codes of one word into `codes`, vowels included (a consonant code, or one of a e i o
 * u), and returns their count.
 */
function soundCodes(w: string): number {
  const n = w.length;
  // x is the one letter with two codes.
  if (codes.length < 2 * n) codes = new Uint8Array(2 * n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    const n1 = i + 1 < n ? w.charCodeAt(i + 1) : 0;
    switch (c) {
      case A:
      case E:
      case I:
      case O:
      case U:
        // Ioannis, Iulia, Iakov (ICAO transliteration of Юлия is Iuliia) start with the glide of Yannis.
        codes[k++] = i === 0 && c === I && isVowel(n1) ? J : c;
        break;
      case Y:
      case J:
        // A glide only where it starts a syllable at the word's start (Jan, Yana, Juri, Yuri); elsewhere
        // it is part of a vowel (Meyer/Meier, Maja/Maya, Chaykovskiy/Chaikovsky, Natalya/Natalia).
        codes[k++] = i === 0 && isVowel(n1) ? J : I;
        break;
      case C: {
        const n2 = i + 2 < n ? w.charCodeAt(i + 2) : 0;
        if (n1 === H) {
          codes[k++] = n2 === R || n2 === 0x6c ? K : H;
          i++;
        } else if (n1 === K) {
          codes[k++] = K;
          i++;
        } else if (n1 === Z || n1 === S) {
          codes[k++] = S;
          i++;
        } else if (n1 === C) {
          // The second c of "cc" decides (Rebecca = Rebeka).
        } else if (n1 === E || n1 === I || n1 === Y) {
          codes[k++] = S;
        } else if (n1 === 0 || n1 === A || n1 === O || n1 === U || HARD_C_BEFORE.includes(n1)) {
          // Latin hard c: Carl/Karl, Claudia/Klaudia, Victor/Viktor, Marc/Mark.
          codes[k++] = K;
        } else {
          // Before other consonants c is the Slavic ts (Cvetkova = Tsvetkova).
          codes[k++] = S;
        }
        break;
      }
      case 0x64: // d
        if (n1 === 0x74) i++;
        codes[k++] = n1 === 0x74 ? 0x74 : 0x64;
        break;
      case H:
        // Kept where it starts a word (Hana is not Anna), silent elsewhere: Sarah/Sara, Johann/Johan,
        // Lehmann/Lemann, and the h of rh, gh, dh, wh.
        if (i === 0) codes[k++] = H;
        break;
      case K:
        if (n1 === H) i++;
        codes[k++] = n1 === H ? H : K;
        break;
      case 0x70: // p
        if (n1 === H || n1 === 0x66) {
          codes[k++] = 0x66;
          i++;
        } else {
          codes[k++] = 0x70;
        }
        break;
      case 0x71: // q
        codes[k++] = K;
        break;
      case R:
        // Polish rz before a vowel is the sound Czech writes ř, which folds to r: Krzysztof/Kryštof,
        // Dworzak/Dvořák. Word-final rz stays r + s, as in Schwarz/Shvarts.
        codes[k++] = R;
        if (n1 === Z && i + 2 < n && (isVowel(w.charCodeAt(i + 2)) || w.charCodeAt(i + 2) === Y)) i++;
        break;
      case S:
        if (n1 === C && i + 2 < n && w.charCodeAt(i + 2) === H) i += 2;
        else if (n1 === H || n1 === Z) i++;
        codes[k++] = S;
        break;
      case 0x74: {
        // t
        const n2 = i + 2 < n ? w.charCodeAt(i + 2) : 0;
        if (n1 === S && n2 === C && i + 3 < n && w.charCodeAt(i + 3) === H) {
          // German tsch (Tschechow = Chekhov)
          codes[k++] = H;
          i += 3;
        } else if (n1 === C && n2 === H) {
          codes[k++] = H;
          i += 2;
        } else if (n1 === H) {
          codes[k++] = 0x74;
          i++;
        } else if (n1 === S || n1 === Z) {
          codes[k++] = S;
          i++;
        } else {
          codes[k++] = 0x74;
        }
        break;
      }
      case 0x77: // w
        codes[k++] = 0x76;
        break;
      case 0x78: // x
        codes[k++] = K;
        codes[k++] = S;
        break;
      case Z:
        if (n1 === H) i++;
        codes[k++] = S;
        break;
      default:
        // b f g l m n v; anything else is not a letter of a folded name
        if (c >= A && c <= Z) codes[k++] = c;
    }
  }
  return k;
}

// Final devoicing, as spoken in German, Czech, Polish and Russian: Schmid/Schmidt, Ivanov/Ivanoff.
function devoiced(code: number): number {
  switch (code) {
    case 0x64:
      return 0x74;
    case 0x62:
      return 0x70;
    case 0x67:
      return K;
    case 0x76:
      return 0x66;
    default:
      return code;
  }
}

function wordKey(word: string): string {
  const n = soundCodes(respellEnding(word));
  // In place (k never passes i): collapse doubled codes; drop vowels except the first sound and the last
  // (a doubled final vowel, as in "lee", is still the last).
  let k = 0;
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const code = codes[i]!;
    if (code === prev) continue;
    prev = code;
    if (k > 0 && isVowel(code)) {
      let j = i + 1;
      while (j < n && codes[j] === code) j++;
      if (j < n) continue;
    }
    codes[k++] = code;
  }
  if (k > 0) codes[k - 1] = devoiced(codes[k - 1]!);
  let key = '';
  for (let i = 0; i < k; i++) key += CHAR[codes[i]!];
  return key;
}

/** Phonetic key of a folded name (foldName output); words are coded apart and joined by single spaces. */
export function phoneticKey(folded: string): string {
  if (folded.indexOf(' ') < 0) return wordKey(folded);
  let key = '';
  for (const word of folded.split(' ')) {
    const k = wordKey(word);
    if (k !== '') key = key === '' ? k : `${key} ${k}`;
  }
  return key;
}
