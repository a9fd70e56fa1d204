/** Calendar arithmetic in UTC and the ISO 8601 output forms the date module writes. */

export interface DateParts {
  year: number;
  month: number;
  day: number;
  /** Absent for a date without time of day. */
  time?: TimeParts;
}

export interface TimeParts {
  hour: number;
  minute: number;
  second: number;
  /** Fraction-of-second digits as typed, trailing zeros removed ('' for none): lossless. */
  fraction: string;
  /** Minutes east of UTC; undefined for a local ("naive") time with no zone. */
  offset?: number;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MS_PER_DAY = 86_400_000;
const TRAILING_ZEROS = /0+$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

// Date.UTC maps years 0–99 onto 1900–1999, so those few take the slower setUTCFullYear path.
function utcMs(year: number, month: number, day: number, h = 0, mi = 0, s = 0, ms = 0): number {
  if (year >= 100) return Date.UTC(year, month - 1, day, h, mi, s, ms);
  const d = new Date(Date.UTC(2000, month - 1, day, h, mi, s, ms));
  return d.setUTCFullYear(year, month - 1, day);
}

/** Milliseconds since the epoch; a naive time is read as UTC (at most 14 hours off). */
export function epochOf(p: DateParts): number {
  const t = p.time;
  if (t === undefined) return utcMs(p.year, p.month, p.day);
  const ms = t.fraction === '' ? 0 : Number(t.fraction.slice(0, 3).padEnd(3, '0'));
  return utcMs(p.year, p.month, p.day, t.hour, t.minute, t.second, ms) - (t.offset ?? 0) * 60_000;
}

// Two-digit fields come from a table: dates are formatted millions of times in an audit, and a table
// lookup allocates nothing.
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : `${n}`));

function pad2(n: number): string {
  return TWO_DIGITS[n] ?? (n < 10 ? `0${n}` : `${n}`);
}

function pad4(n: number): string {
  return n >= 1000 ? `${n}` : `${n}`.padStart(4, '0');
}

/**
 * ISO 8601 text: `YYYY-MM-DD` for a date, `YYYY-MM-DDTHH:mm:ss[.f]` for a naive local time and
 * `YYYY-MM-DDTHH:mm:ss[.f]Z` for a zoned time, which is converted to UTC.
 */
export function formatIso(p: DateParts): string {
  const t = p.time;
  if (t === undefined) return `${pad4(p.year)}-${pad2(p.month)}-${pad2(p.day)}`;
  const fraction = t.fraction === '' ? '' : `.${t.fraction}`;
  if (t.offset === undefined || t.offset === 0) {
    const zone = t.offset === undefined ? '' : 'Z';
    const time = `${pad2(t.hour)}:${pad2(t.minute)}:${pad2(t.second)}${fraction}${zone}`;
    return `${pad4(p.year)}-${pad2(p.month)}-${pad2(p.day)}T${time}`;
  }
  const d = new Date(epochOf({ ...p, time: { ...t, fraction: '' } }));
  return formatIso({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    time: {
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: t.second,
      fraction: t.fraction,
      offset: 0,
    },
  });
}

/** The UTC instant of `epochMs` as date parts with a `Z` time. */
export function partsFromEpoch(epochMs: number): DateParts {
  const d = new Date(epochMs);
  const ms = d.getUTCMilliseconds();
  const fraction = ms === 0 ? '' : pad3(ms).replace(TRAILING_ZEROS, '');
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    time: {
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      fraction,
      offset: 0,
    },
  };
}

function pad3(n: number): string {
  return n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`;
}

function toMs(now: Date | number): number {
  return typeof now === 'number' ? now : now.getTime();
}

/**
 * Whole calendar months from `epochMs` to `now` (UTC): Jan 31 → Feb 28 is 0, Jan 15 → Feb 15 is 1.
 * Negative when `epochMs` is in the future; NaN for an invalid time.
 */
export function monthsSince(epochMs: number, now: Date | number): number {
  const nowMs = toMs(now);
  if (!Number.isFinite(epochMs) || !Number.isFinite(nowMs)) return Number.NaN;
  const a = new Date(epochMs);
  const b = new Date(nowMs);
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  const aRest = (a.getUTCDate() - 1) * MS_PER_DAY + (epochMs - Math.floor(epochMs / MS_PER_DAY) * MS_PER_DAY);
  const bRest = (b.getUTCDate() - 1) * MS_PER_DAY + (nowMs - Math.floor(nowMs / MS_PER_DAY) * MS_PER_DAY);
  if (months > 0 && bRest < aRest) return months - 1;
  if (months < 0 && bRest > aRest) return months + 1;
  return months;
}

/** True when the last activity is at least `months` whole months before `now`. */
export function isStale(lastActivityMs: number, now: Date | number, months: number): boolean {
  return monthsSince(lastActivityMs, now) >= months;
}
