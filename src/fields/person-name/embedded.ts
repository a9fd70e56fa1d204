/** Other kinds of contact data pasted into a name field: an email address or a web address. */

const URL_START = /\bhttps?:\/\/|\bwww\.[^\s.]/i;
const STOPS = new Set([' ', '<', '>', '(', ')', '[', ']', '"', ',', ';']);
const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;

/**
 * The [start, end) range of the first email address in a value, or undefined. A hand scan rather
 * than a regex: `\S+@\S+` backtracks quadratically on long runs of "@".
 */
export function findEmail(value: string): [number, number] | undefined {
  for (let at = value.indexOf('@'); at !== -1; at = value.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && !STOPS.has(value[start - 1]!)) start--;
    let end = at + 1;
    let dot = -1;
    while (end < value.length && end - at < MAX_DOMAIN && !STOPS.has(value[end]!)) {
      if (value[end] === '.' && dot === -1 && end > at + 1) dot = end;
      end++;
    }
    while (end > dot + 1 && value[end - 1] === '.') end--;
    if (start < at && dot !== -1 && end - dot > 2) return [start, end];
  }
  return undefined;
}

export function hasUrl(value: string): boolean {
  return value.indexOf('.') !== -1 && URL_START.test(value);
}
