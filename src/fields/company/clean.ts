/**
 * Certain clean-ups of a company value: control characters, whitespace, CSV quoting around the whole
 * value, list bullets and trailing commas. Quotes that belong to the name (ООО «Ромашка»,
 * UAB „Švyturys“, ООО "Ромашка") are kept.
 */
import { collapseWhitespace } from '../text.ts';

// \t \n \r become spaces in collapseWhitespace; other control characters are noise.
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/g;
const HAS_CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/;
const EDGE_JUNK = /^[\s,;:*•·"“-]|[\s,;:"”]$|^[–—]/;
const LEAD = /^(?:[\s,;:*•·]+|[-–—]+\s+)+/;
const TRAIL = /[\s,;:]+$/;
const WRAPPED = /^"([^"]*)"$|^“([^“”]*)”$/;
const SPACE_COMMA = / ,/g;

// Printable ASCII with single inner spaces and clean edges: nothing to do (the common case).
const NEEDS_WORK = /[^\x20-\x7e]| {2}| ,|^[ ,;:*"-]|[ ,;:"]$/;

export function cleanCompany(input: string): string {
  if (!NEEDS_WORK.test(input)) return input;
  let s = input;
  if (HAS_CONTROL.test(s)) s = s.replace(CONTROL, '');
  s = collapseWhitespace(s);
  if (s.includes(' ,')) s = s.replace(SPACE_COMMA, ',');
  if (!EDGE_JUNK.test(s)) return s;
  // Stripping must not turn a placeholder such as "-" into a blank: blank means "no evidence".
  const stripped = stripEdges(s);
  return stripped === '' ? s : stripped;
}

function stripEdges(value: string): string {
  let s = value;
  // Bounded: each round removes at least one character, and "" wrapped in quotes is rare.
  for (let round = 0; round < 4; round++) {
    const before = s;
    s = s.replace(LEAD, '').replace(TRAIL, '');
    const w = WRAPPED.exec(s);
    if (w) s = (w[1] ?? w[2] ?? '').trim();
    if (s === before) break;
  }
  return s;
}
