/**
 * Making untrusted values safe and legible: escaping, truncation by grapheme (never splitting a
 * surrogate pair or a decomposed "ř"), and visible markers for characters a reader cannot see but
 * that explain why a value was flagged (control characters, NBSP, zero-width and bidi controls).
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const SPECIAL = /[&<>"']/g;

/** Escapes text for element content and double- or single-quoted attributes alike. */
export function escapeHtml(text: string): string {
  return text.replace(SPECIAL, (c) => ESCAPES[c]!);
}

const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

export interface Truncated {
  text: string;
  truncated: boolean;
}

/** A grapheme may carry any number of combining marks ("zalgo"); this bounds the work per value. */
const UNITS_PER_GRAPHEME = 8;

/** Keeps the first `max` graphemes, so a 1 MB value costs only about `max` steps. */
export function truncate(text: string, max: number): Truncated {
  if (text.length <= max) return { text, truncated: false };
  const window = text.slice(0, max * UNITS_PER_GRAPHEME);
  let count = 0;
  let lastStart = 0;
  for (const { index } of GRAPHEMES.segment(window)) {
    if (count === max) return { text: window.slice(0, index), truncated: true };
    count++;
    lastStart = index;
  }
  if (window.length === text.length) return { text, truncated: false };
  // The window may have cut the last grapheme (or a surrogate pair) in half: drop it.
  return { text: window.slice(0, lastStart), truncated: true };
}

/** ZWJ/ZWNJ are left out on purpose: they are legitimate in emoji, Persian and Indic text. */
const INVISIBLE =
  /[\u0000-\u001F\u007F-\u009F\u00A0\u00AD\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

const NAMES: Readonly<Record<number, string>> = {
  160: 'NBSP',
  173: 'SHY',
  8203: 'ZWSP',
  8206: 'LRM',
  8207: 'RLM',
  8232: 'LS',
  8233: 'PS',
  8234: 'LRE',
  8235: 'RLE',
  8236: 'PDF',
  8237: 'LRO',
  8238: 'RLO',
  8288: 'WJ',
  65279: 'BOM',
};

/** Control Pictures block (U+2400) for C0 and DEL; a short name or code point for the rest. */
export function invisibleLabel(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return NAMES[code] ?? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(text);
}

/** For attributes (tooltips): invisible characters become their labels, then everything is escaped. */
export function plainVisible(text: string): string {
  return escapeHtml(text.replace(INVISIBLE, (c) => `[${invisibleLabel(c)}]`));
}

/** For element content: escaped text with invisible characters as marked spans. */
export function markedVisible(text: string): string {
  let out = '';
  let last = 0;
  INVISIBLE.lastIndex = 0;
  for (let m = INVISIBLE.exec(text); m !== null; m = INVISIBLE.exec(text)) {
    out += escapeHtml(text.slice(last, m.index));
    out += `<span class="ctl" title="invisible character">${escapeHtml(invisibleLabel(m[0]))}</span>`;
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}
