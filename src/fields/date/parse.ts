/**
 * Reads the date shapes CRM exports and people produce: ISO 8601 (HubSpot, Salesforce API), the
 * space-separated export form "2024-03-05 14:22", epoch seconds and milliseconds, basic "20240305",
 * day-first European "05.03.2024" / "5. 3. 2024", slashed "05/03/2024" (day or month first),
 * and written months in English, German, French, Czech and Polish.
 */

import type { DateParts, TimeParts } from './calendar.ts';
import { daysInMonth, isValidDate, partsFromEpoch } from './calendar.ts';
import { MONTHS, NOISE_WORDS } from './words.ts';

export type DayOrder = 'dmy' | 'mdy';

export type DateParse =
  | { kind: 'ok'; parts: DateParts }
  | { kind: 'ambiguous'; parts: DateParts; reason: string }
  | { kind: 'invalid'; reason: string };

const YMD = /^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})\.?(?:(?:T|\s+|,\s*)(.+))?$/i;
const NUMERIC = /^(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})\.?(?:(?:T|\s+|,\s*)(.+))?$/i;
const TIME =
  /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(?:([ap])\.?\s?m\.?)?\s*(z|(?:utc|gmt)?\s*[+-]\d{2}(?::?\d{2})?|utc|gmt)?$/i;
const TIME_INSIDE =
  /(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(?:([ap])\.?\s?m\.?)?\s*(z\b|(?:utc|gmt)?\s*[+-]\d{2}(?::?\d{2})?|utc|gmt)?/i;
const ZONE = /^(?:utc|gmt)?\s*([+-])(\d{2}):?(\d{2})?$/i;
const DIGITS = /^\d+$/;
const TOKENS = /\p{L}+|\d+/gu;
const MARKS = /\p{M}+/gu;
const TRAILING_ZEROS = /0+$/;
const NO_TIME: TimeParts | undefined = undefined;

// Excel stores dates as days since 1899-12-30; a five-digit number in this range is probably one.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EXCEL_MIN = 20_000;
const EXCEL_MAX = 73_050;

const invalid = (reason: string): DateParse => ({ kind: 'invalid', reason });

/** Parses a trimmed, non-blank value. `order` decides day/month when both readings are valid. */
export function parseDate(value: string, order?: DayOrder): DateParse {
  const c = value.charCodeAt(0);
  if (c < 48 || c > 57) return parseWritten(value);
  const canonical = parseCanonical(value);
  if (canonical !== undefined) return canonical;
  if (DIGITS.test(value)) return parseDigits(value);
  const ymd = YMD.exec(value);
  if (ymd !== null) return withTime(Number(ymd[1]), Number(ymd[3]), Number(ymd[4]), ymd[5]);
  const numeric = NUMERIC.exec(value);
  if (numeric !== null) return parseNumeric(numeric, order);
  return parseWritten(value);
}

function isYmdSeparator(code: number): boolean {
  return code === 45 || code === 47 || code === 46; // - / .
}

/**
 * The shapes that are most of every date column, read without a regular expression: "2024-03-05",
 * HubSpot's export form "2024-03-05 14:22", "2024-03-05T14:22:10Z" (also with / or . between the
 * date parts). Undefined for anything else, an impossible date or time included, which the general
 * path reads and explains: this is a shortcut to the same answer, never a different one.
 */
export function parseCanonical(value: string): DateParse | undefined {
  const length = value.length;
  const separator = value.charCodeAt(4);
  if (length < 10 || !isYmdSeparator(separator) || value.charCodeAt(7) !== separator) return undefined;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  if (year < 0 || month < 0 || day < 0 || !isValidDate(year, month, day)) return undefined;
  if (length === 10) return { kind: 'ok', parts: { year, month, day } };
  const time = canonicalTime(value);
  return time === undefined ? undefined : { kind: 'ok', parts: { year, month, day, time } };
}

/** "T14:22", " 14:22:10", "T14:22:10Z" after the date: no fraction, no offset other than Z. */
function canonicalTime(value: string): TimeParts | undefined {
  const t = value.charCodeAt(10);
  if (value.length < 16 || (t !== 32 && t !== 84) || value.charCodeAt(13) !== 58) return undefined;
  const hour = digitsAt(value, 11, 13);
  const minute = digitsAt(value, 14, 16);
  const withSeconds = value.length >= 19 && value.charCodeAt(16) === 58;
  const second = withSeconds ? digitsAt(value, 17, 19) : 0;
  const end = withSeconds ? 19 : 16;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  if (value.length === end) return { hour, minute, second, fraction: '' };
  if (value.length === end + 1 && value.charCodeAt(end) === 90) {
    return { hour, minute, second, fraction: '', offset: 0 };
  }
  return undefined;
}

function digitsAt(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

function withTime(year: number, month: number, day: number, timeText: string | undefined): DateParse {
  if (!isValidDate(year, month, day)) return invalid(dateProblem(year, month, day));
  if (timeText === undefined) return { kind: 'ok', parts: { year, month, day } };
  const time = parseTime(TIME.exec(timeText));
  if (time === undefined) return invalid(`"${timeText}" is not a time of day`);
  return { kind: 'ok', parts: { year, month, day, time } };
}

function dateProblem(year: number, month: number, day: number): string {
  if (month < 1 || month > 12) return `there is no month ${month}`;
  if (year < 1 || year > 9999) return `the year ${year} is out of range`;
  return `${year}-${String(month).padStart(2, '0')} has ${daysInMonth(year, month)} days, not ${day}`;
}

function parseTime(m: RegExpExecArray | null): TimeParts | undefined {
  if (m === null) return NO_TIME;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = m[3] === undefined ? 0 : Number(m[3]);
  const meridiem = m[5]?.toLowerCase();
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return NO_TIME;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return NO_TIME;
  const fraction = m[4] === undefined ? '' : m[4].replace(TRAILING_ZEROS, '');
  const zone = m[6];
  if (zone === undefined) return { hour, minute, second, fraction };
  const offset = offsetMinutes(zone);
  return offset === undefined ? NO_TIME : { hour, minute, second, fraction, offset };
}

function offsetMinutes(zone: string): number | undefined {
  const z = ZONE.exec(zone);
  if (z === null) return 0; // Z, UTC, GMT
  const hours = Number(z[2]);
  const minutes = z[3] === undefined ? 0 : Number(z[3]);
  if (hours > 14 || minutes > 59) return undefined;
  return (z[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function parseDigits(value: string): DateParse {
  const n = Number(value);
  if (value.length === 8) return parseBasic(value);
  if (value.length === 9 || value.length === 10) return { kind: 'ok', parts: partsFromEpoch(n * 1000) };
  if (value.length === 12 || value.length === 13) return { kind: 'ok', parts: partsFromEpoch(n) };
  if (value === '0') return { kind: 'ok', parts: partsFromEpoch(0) };
  if (value.length === 5 && n >= EXCEL_MIN && n <= EXCEL_MAX) {
    const { year, month, day } = partsFromEpoch(EXCEL_EPOCH_MS + n * 86_400_000);
    return {
      kind: 'ambiguous',
      parts: { year, month, day },
      reason: 'it looks like an Excel serial day number',
    };
  }
  return invalid('a bare number of this length is not a date');
}

// YYYYMMDD is ISO 8601 basic format; a DDMMYYYY reading is only suggested.
function parseBasic(value: string): DateParse {
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(4, 6));
  const d = Number(value.slice(6, 8));
  if (y >= 1900 && y <= 2199 && isValidDate(y, m, d))
    return { kind: 'ok', parts: { year: y, month: m, day: d } };
  const dd = Number(value.slice(0, 2));
  const mm = Number(value.slice(2, 4));
  const yyyy = Number(value.slice(4, 8));
  if (yyyy >= 1900 && isValidDate(yyyy, mm, dd)) {
    return { kind: 'ambiguous', parts: { year: yyyy, month: mm, day: dd }, reason: 'it could be DDMMYYYY' };
  }
  return invalid('these eight digits are not a valid YYYYMMDD date');
}

function parseNumeric(m: RegExpExecArray, order: DayOrder | undefined): DateParse {
  const a = Number(m[1]);
  const b = Number(m[3]);
  const yearText = m[4]!;
  const dotted = m[2] === '.';
  let dayFirst: boolean | undefined;
  if (a > 12 || b > 12 || a === b) dayFirst = b <= 12;
  else if (dotted) dayFirst = true;
  else if (order !== undefined) dayFirst = order === 'dmy';
  const [day, month] = dayFirst === false ? [b, a] : [a, b];
  const year = yearText.length === 2 ? expandYear(Number(yearText)) : Number(yearText);
  const parsed = withTime(year, month, day, m[5]);
  if (parsed.kind !== 'ok') return parsed;
  if (yearText.length === 2)
    return { kind: 'ambiguous', parts: parsed.parts, reason: 'the year has two digits' };
  if (dayFirst === undefined) {
    return {
      kind: 'ambiguous',
      parts: parsed.parts,
      reason: `it may be day ${a} of month ${b} or month ${a}, day ${b}`,
    };
  }
  return parsed;
}

// POSIX strptime's %y pivot: 69–99 are 1900s, 00–68 are 2000s.
function expandYear(yy: number): number {
  return yy >= 69 ? 1900 + yy : 2000 + yy;
}

/** Written months: "5 March 2024", "March 5, 2024", "5. března 2024", "Tue, 05 Mar 2024 14:22:10 GMT". */
function parseWritten(value: string): DateParse {
  const timeMatch = TIME_INSIDE.exec(value);
  let rest = value;
  let time: TimeParts | undefined;
  if (timeMatch !== null) {
    time = parseTime(TIME.exec(timeMatch[0].trim()));
    if (time === undefined) return invalid(`"${timeMatch[0].trim()}" is not a time of day`);
    rest = value.slice(0, timeMatch.index) + value.slice(timeMatch.index + timeMatch[0].length);
  }
  let month: number | undefined;
  let day: number | undefined;
  let year: number | undefined;
  for (const token of rest.match(TOKENS) ?? []) {
    const code = token.charCodeAt(0);
    if (code >= 48 && code <= 57) {
      if (token.length === 4 && year === undefined) year = Number(token);
      else if (token.length <= 2 && day === undefined) day = Number(token);
      else return invalid('it has more numbers than a date');
      continue;
    }
    const word = token.toLowerCase().normalize('NFD').replace(MARKS, '');
    const m = MONTHS.get(word);
    if (m !== undefined && month === undefined) month = m;
    else if (!NOISE_WORDS.has(word)) return invalid(`"${token}" is not part of a date`);
  }
  if (month === undefined || day === undefined || year === undefined) return invalid('it is not a full date');
  if (!isValidDate(year, month, day)) return invalid(dateProblem(year, month, day));
  return { kind: 'ok', parts: time === undefined ? { year, month, day } : { year, month, day, time } };
}
