/**
 * Transliteration used to build the Latin spellings of Greek and Russian names (emails, domains, the
 * "transliterated" duplicates). Hand-written rather than any-ascii because CRMs hold the spellings
 * people actually use: Greek after ELOT 743 ("Papadopoulos", not "Papadopoylos"), Russian after the
 * common passport style without apostrophes ("Solovev").
 */

const GREEK_PAIRS: Record<string, string> = {
  ου: 'ou',
  ού: 'ou',
  αυ: 'av',
  αύ: 'av',
  ευ: 'ev',
  εύ: 'ev',
  ηυ: 'iv',
  μπ: 'mp',
  ντ: 'nt',
  γγ: 'ng',
  γκ: 'gk',
  γξ: 'nx',
  γχ: 'nch',
  θ: 'th',
  χ: 'ch',
  ψ: 'ps',
};
const GREEK_SINGLE: Record<string, string> = {
  α: 'a',
  ά: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  έ: 'e',
  ζ: 'z',
  η: 'i',
  ή: 'i',
  ι: 'i',
  ί: 'i',
  ϊ: 'i',
  ΐ: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  ό: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  ύ: 'y',
  ϋ: 'y',
  ΰ: 'y',
  φ: 'f',
  ω: 'o',
  ώ: 'o',
};
const VOICELESS = 'θκξπστφχψς';
const RUSSIAN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};
const LATIN_EXTRA: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  æ: 'ae',
  Æ: 'Ae',
  đ: 'd',
  Đ: 'D',
  œ: 'oe',
  Œ: 'Oe',
};

function capitalizeLike(source: string, latin: string): string {
  if (latin === '' || source === source.toLowerCase()) return latin;
  if (source === source.toUpperCase() && source.length > 1) return latin.toUpperCase();
  return latin[0]!.toUpperCase() + latin.slice(1);
}

function translitWord(word: string, isGreek: boolean): string {
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    if (isGreek) {
      let pair = GREEK_PAIRS[lower.slice(i, i + 2)];
      // ELOT 743: αυ/ευ are written af/ef before voiceless consonants and at the end (Ελευθέριος → Eleftherios).
      if (
        (pair === 'av' || pair === 'ev' || pair === 'iv') &&
        (i + 2 >= lower.length || VOICELESS.includes(lower[i + 2]!))
      ) {
        pair = `${pair[0]}f`;
      }
      if (pair !== undefined && lower[i + 1] !== undefined) {
        // Word-initial μπ/ντ are pronounced b/d and written so in names (Μπακογιάννης → Bakogiannis).
        out += i === 0 && pair === 'mp' ? 'b' : i === 0 && pair === 'nt' ? 'd' : pair;
        i++;
        continue;
      }
      const one = GREEK_PAIRS[ch] ?? GREEK_SINGLE[ch];
      out += one ?? ch;
    } else {
      out += RUSSIAN[ch] ?? ch;
    }
  }
  return capitalizeLike(word, out);
}

/** Latin spelling of a Greek or Cyrillic string; other characters pass through. */
export function transliterate(text: string): string {
  const isGreek = /[\u0370-\u03ff\u1f00-\u1fff]/.test(text);
  return text.replace(/[\p{L}]+/gu, (w) => translitWord(w, isGreek));
}

/** Drops diacritics from Latin text: "Dvořák" → "Dvorak", "Łukasz" → "Lukasz". */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łŁøØßæÆđĐœŒ]/g, (c) => LATIN_EXTRA[c] ?? c)
    .normalize('NFC');
}

/** ASCII slug for email local parts and domains: lower case, letters and digits only. */
export function asciiSlug(text: string): string {
  return stripDiacritics(transliterate(text))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

// Alternative romanizations seen in real CRMs for the same person (Aleksandr/Alexandr, Yulia/Julia,
// Khristos/Christos/Hristos). Applied one at a time to make a transliteration duplicate.
const VARIANT_RULES: readonly (readonly [RegExp, string])[] = [
  [/ks/, 'x'],
  [/kh/, 'h'],
  [/Kh/, 'H'],
  [/iy\b/, 'y'],
  [/yu/, 'ju'],
  [/Yu/, 'Ju'],
  [/ya/, 'ia'],
  [/Ya/, 'Ja'],
  [/\bChr/, 'Hr'],
  [/ou/, 'u'],
  [/y/, 'i'],
  [/ts/, 'c'],
  [/e\b/, 'ye'],
];

/** A different plausible romanization, or the input when no rule applies. */
export function romanizationVariant(latin: string, pickRule: number): string {
  for (let k = 0; k < VARIANT_RULES.length; k++) {
    const [re, to] = VARIANT_RULES[(pickRule + k) % VARIANT_RULES.length]!;
    if (re.test(latin)) return latin.replace(re, to);
  }
  return latin;
}
