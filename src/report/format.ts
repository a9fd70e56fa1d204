/** Number, size, time and delimiter formatting. Fixed locale so reports are reproducible. */

const INT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatInt(n: number): string {
  return Number.isFinite(n) ? INT.format(n) : '–';
}

export function ratio(part: number, whole: number): number {
  return whole > 0 && Number.isFinite(part) ? part / whole : 0;
}

/** 0..1 as a percentage; never rounds a non-zero share to "0.0%" or a partial one to "100.0%". */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return '–';
  if (share > 0 && share < 0.0005) return '<0.1%';
  if (share < 1 && share > 0.9995) return '>99.9%';
  return `${ONE_DECIMAL.format(share * 100)}%`;
}

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1024) return `${formatInt(bytes)} bytes`;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${ONE_DECIMAL.format(value)} ${UNITS[unit]}`;
}

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms < 1000) return `${formatInt(ms)} ms`;
  if (ms < 60_000) return `${ONE_DECIMAL.format(ms / 1000)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** ISO timestamps as "2025-06-01 14:03 UTC"; anything unparsable is shown as given. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const DELIMITERS: Readonly<Record<string, string>> = {
  ',': 'comma (,)',
  ';': 'semicolon (;)',
  '\t': 'tab',
  '|': 'pipe (|)',
  ' ': 'space',
};

export function describeDelimiter(delimiter: string): string {
  return DELIMITERS[delimiter] ?? JSON.stringify(delimiter);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatInt(n)} ${n === 1 ? one : many}`;
}
