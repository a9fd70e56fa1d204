/**
 * The canonical shapes skip the regular expressions (parse.ts, parseCanonical). Each must read exactly
 * as the general path reads the same date written in a shape the shortcut does not take (two spaces
 * or a lower-case "t" before the time, a dot after the date), and anything unusual must fall through
 * to the general path with its explanation.
 */
import { describe, expect, it } from 'vitest';
import { dateAnalyzer, parseDate } from './index.ts';
import { parseCanonical } from './parse.ts';

const NOW = new Date('2026-01-01T00:00:00Z');
const analyze = dateAnalyzer({ now: () => NOW });

/** [input, normalized, finding codes] read by the shortcut; the checks after it still run. */
const CANONICAL: [string, string, string[]][] = [
  ['2025-10-12', '2025-10-12', []],
  ['2025-10-12 18:52', '2025-10-12T18:52:00', []],
  ['2025-10-12T18:52', '2025-10-12T18:52:00', []],
  ['2025-10-12 18:52:07', '2025-10-12T18:52:07', []],
  ['2025-10-12T18:52:07Z', '2025-10-12T18:52:07Z', []],
  ['2025-10-12 18:52Z', '2025-10-12T18:52:00Z', []],
  ['2015/05/29 00:38', '2015-05-29T00:38:00', []],
  ['2024.03.05', '2024-03-05', []],
  ['2024-02-29 23:59:59', '2024-02-29T23:59:59', []],
  ['0099-12-31', '0099-12-31', ['date.too_old']],
  ['1970-01-01 00:00', '1970-01-01T00:00:00', ['date.too_old']],
  ['2026-03-01 10:00', '2026-03-01T10:00:00', ['date.future']],
];

/** Shapes the shortcut leaves to the general path: its answer (normalized, finding codes) stands. */
const GENERAL: [string, string, string[]][] = [
  ['2023-02-29', '2023-02-29', ['date.invalid']],
  ['2024-13-05', '2024-13-05', ['date.invalid']],
  ['2024-00-05', '2024-00-05', ['date.invalid']],
  ['2024-03-05 24:00', '2024-03-05 24:00', ['date.invalid']],
  ['2024-03-05 14:60', '2024-03-05 14:60', ['date.invalid']],
  ['2024-03-05 14:22:60', '2024-03-05 14:22:60', ['date.invalid']],
  ['2024-03-05 14:2', '2024-03-05 14:2', ['date.invalid']],
  ['2024-03-05 4:22', '2024-03-05T04:22:00', []],
  ['2024-03-05t14:22', '2024-03-05T14:22:00', []],
  ['2024-03-05T14:22:10.5Z', '2024-03-05T14:22:10.5Z', []],
  ['2024-03-05T14:22+01:00', '2024-03-05T13:22:00Z', []],
  ['2024-03-05 02:22 PM', '2024-03-05T14:22:00', []],
  ['2024-03/05', '2024-03/05', ['date.invalid']],
  ['2024-3-5', '2024-03-05', []],
];

describe('canonical dates', () => {
  it.each(CANONICAL)('%j is read by the shortcut as %j %j', (input, normalized, codes) => {
    expect(parseCanonical(input)?.kind).toBe('ok');
    const a = analyze(input, { field: 'created_at' });
    expect(a.normalized).toBe(normalized);
    expect(a.findings.map((f) => f.code)).toEqual(codes);
  });

  it.each(GENERAL)('%j falls through to the general path → %j %j', (input, normalized, codes) => {
    expect(parseCanonical(input)).toBeUndefined();
    const a = analyze(input, { field: 'created_at', country: 'CZ' });
    expect(a.normalized).toBe(normalized);
    expect(a.findings.map((f) => f.code)).toEqual(codes);
  });

  it.each(CANONICAL)('%j reads as the general path reads it', (input) => {
    const general = input.length === 10 ? `${input}.` : `${input.slice(0, 10)}  ${input.slice(11)}`;
    expect(parseCanonical(general)).toBeUndefined();
    expect(parseDate(input)).toEqual(parseDate(general));
  });

  it('reads every minute of a day and every day of a leap year as the general path does', () => {
    const differences: string[] = [];
    const pad = (n: number) => String(n).padStart(2, '0');
    for (let m = 1; m <= 12; m++) {
      for (let d = 0; d <= 32; d++) {
        const value = `2024-${pad(m)}-${pad(d)} ${pad((m * d) % 25)}:${pad((m + d * 7) % 61)}`;
        const general = value.replace(' ', '  ');
        if (JSON.stringify(parseDate(value)) !== JSON.stringify(parseDate(general))) differences.push(value);
      }
    }
    for (let minute = 0; minute < 24 * 60; minute++) {
      const value = `2025-10-12T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:${pad(minute % 61)}Z`;
      if (JSON.stringify(parseDate(value)) !== JSON.stringify(parseDate(value.replace('T', 't')))) {
        differences.push(value);
      }
    }
    expect(differences).toEqual([]);
  });
});
