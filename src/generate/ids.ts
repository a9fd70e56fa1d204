/**
 * Record ids as CRMs issue them: increasing numbers with gaps (HubSpot, most CRMs) or 18-character
 * Salesforce ids. Unique because they derive from the row index; stable per seed.
 */

import type { HeaderStyle } from './headers.ts';
import type { Prng } from './prng.ts';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CHECKSUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** Salesforce's case-safe suffix: one character per 5-char chunk encoding which chars are upper case. */
function salesforceSuffix(id15: string): string {
  let out = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    out += CHECKSUM[bits];
  }
  return out;
}

function base62(n: number, width: number): string {
  let s = '';
  let v = n;
  for (let i = 0; i < width; i++) {
    s = BASE62[v % 62] + s;
    v = Math.floor(v / 62);
  }
  return s;
}

export interface IdIssuer {
  next(rowIndex: number): string;
}

export function idIssuer(style: HeaderStyle, rng: Prng): IdIssuer {
  if (style === 'salesforce') {
    const pod = `${rng.pick(['5', '6', '7', '8'])}${BASE62[rng.range(10, 61)]}`;
    const start = rng.range(1_000_000, 50_000_000);
    return {
      next: (i) => {
        const id15 = `00Q${pod}0000${base62(start + i * 3 + rng.int(3), 6)}`;
        return id15 + salesforceSuffix(id15);
      },
    };
  }
  // Numeric ids with random gaps (deleted records); gap < stride keeps them unique and increasing.
  const start = rng.range(1_000_000, 90_000_000) * 100;
  return { next: (i) => String(start + i * 8 + rng.int(8)) };
}
