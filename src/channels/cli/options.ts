import { KemptError } from '../../errors.ts';
import { encodingOrThrow } from '../../io/csv/encoding.ts';
import { parseMapOptionsOrThrow } from '../../record/mapping.ts';

/** Options shared by every command that reads a CRM export. */
export interface InputOptions {
  map?: string[];
  encoding?: string;
  delimiter?: string;
}

export const collect = (value: string, previous: string[] = []) => [...previous, value];

export function inputOptions(opts: InputOptions) {
  const map = opts.map ?? [];
  return {
    mapping: (header: readonly string[]) => parseMapOptionsOrThrow(map, header),
    ...(opts.encoding && { encoding: encodingOrThrow(opts.encoding) }),
    ...(opts.delimiter && { delimiter: delimiterOrThrow(opts.delimiter) }),
  };
}

function delimiterOrThrow(value: string): string {
  const named: Record<string, string> = { tab: '\t', '\\t': '\t', comma: ',', semicolon: ';', pipe: '|' };
  const d = named[value.toLowerCase()] ?? value;
  if (d.length !== 1) {
    throw new KemptError(
      'usage',
      `--delimiter takes one character or tab/comma/semicolon/pipe, got "${value}".`,
    );
  }
  return d;
}

export function positiveIntOrThrow(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new KemptError('usage', `${name} takes a positive whole number, got "${value}".`);
  return n;
}

export function dateOrThrow(name: string, value: string): Date {
  const d = new Date(value);
  if (Number.isNaN(d.getTime()))
    throw new KemptError('usage', `${name} takes a date like 2026-01-31, got "${value}".`);
  return d;
}
