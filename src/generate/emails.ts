/** Personal and work email addresses built from a person's names. */

import type { Company } from './company.ts';
import type { Locale } from './compile-locale.ts';
import { cumulate, type Prng } from './prng.ts';

const PERSONAL_PATTERN_CUM = cumulate([26, 14, 16, 10, 6, 10, 5, 7, 6]);

export function personalEmail(loc: Locale, first: string, last: string, rng: Prng): string {
  const domain = loc.freeMail[rng.weighted(loc.freeMailCumulative)]!;
  const f = first || 'contact';
  const l = last || rng.digits(3);
  let local: string;
  switch (rng.weighted(PERSONAL_PATTERN_CUM)) {
    case 0:
      local = `${f}.${l}`;
      break;
    case 1:
      local = f + l;
      break;
    case 2:
      local = `${f}.${l}${rng.range(1, 99)}`;
      break;
    case 3:
      local = f[0] + l;
      break;
    case 4:
      local = `${f}_${l}`;
      break;
    case 5:
      local = f + String(rng.range(60, 105) % 100).padStart(2, '0');
      break;
    case 6:
      local = `${l}.${f}`;
      break;
    case 7:
      local = f + l[0] + rng.range(1, 999);
      break;
    default:
      local = f + rng.range(100, 9999);
  }
  return `${local}@${domain}`;
}

/** A company uses one pattern for everybody, as real mail servers do. */
export function workEmail(company: Company, first: string, last: string): string {
  const f = first || 'office';
  const l = last || f;
  let local: string;
  switch (company.emailPattern) {
    case 0:
      local = `${f}.${l}`;
      break;
    case 1:
      local = `${f[0]}.${l}`;
      break;
    case 2:
      local = f;
      break;
    case 3:
      local = f + l[0];
      break;
    case 4:
      local = `${f}_${l}`;
      break;
    default:
      local = l;
  }
  return `${local}@${company.domain}`;
}
