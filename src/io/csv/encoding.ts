/**
 * Encoding detection for CRM exports. Excel on Windows writes UTF-16 ("Unicode text") or the ANSI code
 * page (Windows-1250 in Central Europe, Windows-1252 in the West); everything else writes UTF-8, often
 * with a BOM. Detection order: BOM, then UTF-16 without BOM (NUL bytes in alternate positions), then
 * strict UTF-8, then the single-byte code page whose letters the sample looks like.
 */

import { KemptError } from '../../errors.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1250' | 'windows-1252';

export const SUPPORTED_ENCODINGS: readonly Encoding[] = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1250',
  'windows-1252',
];

export interface Detected {
  encoding: Encoding;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
}

export function detectEncoding(sample: Uint8Array): Detected {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf)
    return { encoding: 'utf-8', bomLength: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  if (isUtf8(sample)) return { encoding: 'utf-8', bomLength: 0 };
  return { encoding: centralOrWestern(sample), bomLength: 0 };
}

/** ASCII text in UTF-16 has a NUL in every other byte; which half tells the byte order. */
function utf16WithoutBom(sample: Uint8Array): Encoding | undefined {
  const n = Math.min(sample.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  if (oddNul > half * 0.6 && evenNul < half * 0.1) return 'utf-16le';
  if (evenNul > half * 0.6 && oddNul < half * 0.1) return 'utf-16be';
  return undefined;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(sample: Uint8Array): boolean {
  // The sample may end inside a multi-byte sequence: drop up to 3 trailing continuation/lead bytes.
  let end = sample.length;
  for (let k = 0; k < 3 && end > 0 && (sample[end - 1]! & 0xc0) === 0x80; k++) end--;
  if (end > 0 && sample[end - 1]! >= 0xc0) end--;
  try {
    strictUtf8.decode(sample.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

// Letters beyond ASCII of the languages whose exports arrive in these code pages. A word is plausible
// under a decoding when all its non-ASCII letters belong to one alphabet: "Dvořák" is Czech under 1250,
// while its 1252 reading "Dvoøák" mixes Danish ø with Czech á; "Lefèvre" reads as French under 1252.
const ALPHABETS = [
  'áčďéěíňóřšťúůýž', // Czech
  'áäčďéíĺľňóôŕšťúýž', // Slovak
  'ąćęłńóśźż', // Polish
  'áéíóöőúüű', // Hungarian
  'ăâîșşțţ', // Romanian
  'čćđšž', // Slovenian, Croatian
  'äöüß', // German
  'àâæçéèêëîïôœùûüÿ', // French
  'áéíñóúü', // Spanish
  'áâãàçéêíóôõú', // Portuguese
  'àèéìíîòóùú', // Italian
  'éëïöüè', // Dutch
  'æøåé', // Danish, Norwegian
  'åäöé', // Swedish, Finnish
].map((letters) => new Set(letters));

function centralOrWestern(sample: Uint8Array): Encoding {
  const central = wordsWithAccents(new TextDecoder('windows-1250').decode(sample));
  const western = wordsWithAccents(new TextDecoder('windows-1252').decode(sample));
  let score = 0;
  for (let i = 0; i < Math.min(central.length, western.length); i++) {
    const a = plausible(central[i]!);
    const b = plausible(western[i]!);
    if (a && !b) score++;
    if (b && !a) score--;
  }
  return score > 0 ? 'windows-1250' : 'windows-1252';
}

/** Words holding a byte above 0x7F; both decodings keep byte positions, so the lists align. */
function wordsWithAccents(text: string): string[] {
  return text.split(/[\s,;|\t"'.()/\\-]+/).filter((w) => /[^\x00-\x7f]/.test(w));
}

function plausible(word: string): boolean {
  const accents = [...word.toLowerCase()].filter((c) => c > '\x7f');
  return ALPHABETS.some((alphabet) => accents.every((c) => alphabet.has(c)));
}

/** Resolves a user-given encoding name (`--encoding cp1250`, `latin1`, `utf8`…). */
export function encodingOrThrow(name: string): Encoding {
  const key = name.trim().toLowerCase().replace(/[_\s]/g, '-');
  const aliases: Record<string, Encoding> = {
    'utf-8': 'utf-8',
    utf8: 'utf-8',
    'utf-16': 'utf-16le',
    'utf-16le': 'utf-16le',
    'utf-16be': 'utf-16be',
    'windows-1250': 'windows-1250',
    cp1250: 'windows-1250',
    'windows-1252': 'windows-1252',
    cp1252: 'windows-1252',
    latin1: 'windows-1252',
    'iso-8859-1': 'windows-1252',
  };
  const found = aliases[key];
  if (!found) {
    throw new KemptError(
      'encoding_unsupported',
      `Unknown encoding "${name}".`,
      {},
      `Use one of: ${SUPPORTED_ENCODINGS.join(', ')}.`,
    );
  }
  return found;
}
