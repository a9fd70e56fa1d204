import { foldDiacritics } from '../text.ts';

// Dots and apostrophes vanish ("U.S.A." → "usa", "Côte d'Ivoire" → "cotedivoire"); other punctuation
// separates words so that "Guinea-Bissau" and "Guinea Bissau" meet.
const DROP = /[.'’‘`´ʼ"“”„«»]/g;
const SEPARATE = /[\s,;:()[\]{}\-–—_/\\|!?*+]+/;
const AMPERSAND = /&/g;

/**
 * The lookup key of a place name: lowercase, punctuation and a leading "the" removed, "st" read as
 * "saint", words joined without spaces. Keeps diacritics so that "ČR" (Czechia) and "CR" (Costa Rica)
 * stay apart; `foldPlaceKey` folds them for the second lookup.
 */
export function placeKey(value: string): string {
  const words = value.toLowerCase().replace(AMPERSAND, ' and ').replace(DROP, '').split(SEPARATE);
  let key = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === '' || (word === 'the' && key === '')) continue;
    key += word === 'st' ? 'saint' : word;
  }
  return key;
}

/** The diacritic-free form of a `placeKey` ("česko" → "cesko"); ASCII keys are returned as they are. */
export function foldPlaceKey(key: string): string {
  for (let i = 0; i < key.length; i++) {
    if (key.charCodeAt(i) > 127) return foldDiacritics(key);
  }
  return key;
}
