/** Timestamps as each export flavour writes them, plus the mixed formats of hand-edited files. */

import type { HeaderStyle } from './headers.ts';
import type { Prng } from './prng.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));
const p2 = (n: number): string => TWO_DIGITS[n]!;
const DAY = 86_400_000;

/**
 * Civil date of a UTC timestamp without allocating a Date (Howard Hinnant's days_from_civil inverse);
 * three dates per row made Date#toISOString the generator's top cost.
 */
function civil(ms: number): { y: number; m: number; d: number; hh: number; mm: number; ss: number } {
  const days = Math.floor(ms / DAY);
  let rest = Math.floor((ms - days * DAY) / 1000);
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const hh = Math.floor(rest / 3600);
  rest -= hh * 3600;
  const mm = Math.floor(rest / 60);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d, hh, mm, ss: rest - mm * 60 };
}

// 'YYYY-MM-DD' by day number since 1970 (dates repeat across rows, so build each once). Filled up
// front: writing index ~20,000 into an empty array would switch it to slow dictionary elements.
const DAY_TEXT: string[] = new Array<string>(40_000).fill('');

function dayText(ms: number): string {
  const day = Math.floor(ms / DAY);
  if (day < 0 || day >= DAY_TEXT.length) return civilDate(ms);
  let text = DAY_TEXT[day]!;
  if (text === '') {
    text = civilDate(ms);
    DAY_TEXT[day] = text;
  }
  return text;
}

function civilDate(ms: number): string {
  const c = civil(ms);
  return `${c.y}-${p2(c.m)}-${p2(c.d)}`;
}

// Small lookup tables ("T14:23:", " 14:23", "11Z") so a timestamp is two concatenations. A table per
// second of the day was slower: 86,400 strings do not stay in cache (measured 3x slower).
const T_MINUTE: readonly string[] = Array.from(
  { length: 1440 },
  (_, i) => `T${p2(Math.floor(i / 60))}:${p2(i % 60)}:`,
);
const SPACE_MINUTE: readonly string[] = T_MINUTE.map((t) => ` ${t.slice(1, 6)}`);
const SECOND_Z: readonly string[] = TWO_DIGITS.map((t) => `${t}Z`);

/** The flavour's own format: ISO for canonical, "YYYY-MM-DD HH:mm" for HubSpot, SOQL datetime for Salesforce. */
export function formatDate(ms: number, style: HeaderStyle, dateOnly = false): string {
  const date = dayText(ms);
  if (dateOnly && style === 'salesforce') return date;
  const inDay = ms - Math.floor(ms / DAY) * DAY;
  const second = Math.floor(inDay / 1000);
  const minute = Math.floor(second / 60);
  if (style === 'hubspot') return date + SPACE_MINUTE[minute]!;
  if (style === 'salesforce')
    return `${date + T_MINUTE[minute]! + p2(second % 60)}.${String(inDay % 1000).padStart(3, '0')}Z`;
  return date + T_MINUTE[minute]! + SECOND_Z[second % 60]!;
}

/** Number of alternative formats `formatDateVariant` knows. */
export const DATE_VARIANTS = 10;

/** "05.03.2024", "3/5/2024", "5/3/2024", "2024-03-05", epoch ms, "March 5, 2024", … */
export function formatDateVariant(ms: number, variant: number): string {
  const c = civil(ms);
  const y = c.y;
  const m = c.m - 1;
  const day = c.d;
  switch (variant) {
    case 0:
      return `${p2(day)}.${p2(m + 1)}.${y}`;
    case 1:
      return `${m + 1}/${day}/${y}`;
    case 2:
      return `${day}/${m + 1}/${y}`;
    case 3:
      return `${y}-${p2(m + 1)}-${p2(day)}`;
    case 4:
      return String(ms);
    case 5:
      return `${MONTHS_LONG[m]} ${day}, ${y}`;
    case 6:
      return `${p2(day)}-${MONTHS[m]}-${y}`;
    case 7:
      return `${y}/${p2(m + 1)}/${p2(day)} ${p2(c.hh)}:${p2(c.mm)}`;
    case 8:
      return String(Math.floor((ms - EXCEL_EPOCH) / 86_400_000));
    default:
      return String(Math.floor(ms / 1000));
  }
}

export function pickDateVariant(rng: Prng): number {
  return rng.int(DATE_VARIANTS);
}
