/** The palette, shared by the SVG charts and the CSS so a colour means the same thing everywhere. */

import type { HealthScore } from '../audit/report-types.ts';

export type Tone = 'valid' | 'risky' | 'invalid' | 'empty' | 'accent';

/** Dark enough for white text (valid, invalid, accent) or dark text (risky, empty) at WCAG AA. */
export const TONE_FILL: Readonly<Record<Tone, string>> = {
  valid: '#2b7a4b',
  risky: '#e0a526',
  invalid: '#c0392b',
  empty: '#dde1e6',
  accent: '#3557c9',
};

export const TONE_INK: Readonly<Record<Tone, string>> = {
  valid: '#ffffff',
  risky: '#3b2a00',
  invalid: '#ffffff',
  empty: '#3e4853',
  accent: '#ffffff',
};

/** Risky is hatched so it stays distinct from valid and invalid without colour vision. */
export const HATCHED: ReadonlySet<Tone> = new Set<Tone>(['risky']);

type Grade = HealthScore['grade'];

export const GRADE_COLOR: Readonly<Record<Grade, string>> = {
  A: '#2b7a4b',
  B: '#4f8a2a',
  C: '#b7791f',
  D: '#d0651c',
  F: '#c0392b',
};

export const GRADE_WORD: Readonly<Record<Grade, string>> = {
  A: 'Excellent',
  B: 'Good',
  C: 'Fair',
  D: 'Poor',
  F: 'Critical',
};

/** Colour of a 0..100 component score, on the same bands as the overall grade. */
export function bandColor(value: number): string {
  if (value >= 90) return GRADE_COLOR.A;
  if (value >= 80) return GRADE_COLOR.B;
  if (value >= 70) return GRADE_COLOR.C;
  if (value >= 60) return GRADE_COLOR.D;
  return GRADE_COLOR.F;
}
