/**
 * Text decoded with the wrong encoding: UTF-8 read as Windows-1252/Latin-1 ("DvoÅ™Ã¡k" for
 * "Dvořák", "Ð˜Ð²Ð°Ð½" for "Иван"), a replacement character, or "?" standing for a lost letter
 * ("Dvo?ák"). The repair is offered as a suggestion only.
 */

// A UTF-8 lead byte shown as a Latin-1 letter, then its continuation bytes shown as Latin-1 or
// cp1252 characters. After two-byte leads other than "Ã", « and » are not taken as continuations, so
// that «ÅSA» stays clean; three-byte leads (à–ï) need two continuations ("â€™" for ’).
const CP1252 =
  '\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E' +
  '\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122';
const ANY = `[\\u0080-\\u00BF${CP1252}]`;
const NO_GUILLEMET = `[\\u0080-\\u00AA\\u00AC-\\u00BA\\u00BC-\\u00BF${CP1252}]`;
const MOJIBAKE = new RegExp(
  `Ã${ANY}|[ÂÄÅÆÇÈÌÍÎÏÐÑ]${NO_GUILLEMET}|[à-ï]${ANY}${ANY}|\\uFFFD|\\p{L}\\?\\p{L}`,
  'u',
);

// Windows-1252 bytes 0x80–0x9F that are not Latin-1 control codes.
const CP1252_BYTES: ReadonlyMap<string, number> = new Map(
  [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'].map((ch, i) => [ch, 0x80 + i]),
);
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** True when the value shows signs of an encoding mix-up. */
export function hasMojibake(value: string): boolean {
  return MOJIBAKE.test(value);
}

/** Reverses a UTF-8-read-as-cp1252 mix-up; undefined when the value does not decode cleanly. */
export function repairMojibake(value: string): string | undefined {
  const bytes = new Uint8Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const byte = code <= 0xff ? code : CP1252_BYTES.get(value[i]!);
    if (byte === undefined) return undefined;
    bytes[i] = byte;
  }
  try {
    const repaired = STRICT_UTF8.decode(bytes);
    return repaired === value ? undefined : repaired;
  } catch {
    return undefined;
  }
}
