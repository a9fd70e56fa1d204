import { CsvSplitter } from './parse.ts';

const CANDIDATES = [',', ';', '\t', '|'] as const;

/**
 * Picks the delimiter under which the first rows of the file have the most columns, consistently.
 * Uses the real splitter so quoted cells containing other candidates do not mislead it.
 */
export function sniffDelimiter(sample: string): string {
  let best: string = ',';
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const widths: number[] = [];
    const splitter = new CsvSplitter(delimiter);
    splitter.push(sample.slice(0, 65_536), (cells) => {
      if (widths.length < 50 && !(cells.length === 1 && cells[0] === '')) widths.push(cells.length);
    });
    const score = consistencyScore(widths);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** Header width times the share of rows that match it; 0 when the header has a single column. */
function consistencyScore(widths: number[]): number {
  const header = widths[0];
  if (header === undefined || header < 2) return 0;
  if (widths.length === 1) return header * 0.5;
  let same = 0;
  for (const w of widths) if (w === header) same++;
  return header * (same / widths.length);
}
