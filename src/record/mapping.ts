/**
 * Column mapping: which column of an export holds which canonical field. Recognised automatically
 * from the header; `--map field=Header` overrides. Columns that map to nothing pass through untouched.
 */

import { KemptError } from '../errors.ts';
import { foldDiacritics } from '../fields/text.ts';
import { CONTACT_FIELDS, type ContactField, isContactField } from './fields.ts';
import { HEADER_ALIASES } from './headers.ts';

export interface ColumnMap {
  header: readonly string[];
  /** Column index of each mapped field. */
  fields: ReadonlyMap<ContactField, number>;
  /** For each column, the field it holds, or null for a custom column. */
  byColumn: readonly (ContactField | null)[];
}

/** "E-Mail Address" → "e mail address"; Greek and Cyrillic keep their letters. */
export function foldHeader(header: string): string {
  return foldDiacritics(header.toLowerCase().replaceAll('ß', 'ss'))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const ALIAS_TO_FIELD: ReadonlyMap<string, ContactField> = buildAliasIndex();

function buildAliasIndex(): Map<string, ContactField> {
  const index = new Map<string, ContactField>();
  for (const field of CONTACT_FIELDS) {
    index.set(foldHeader(field), field);
    for (const alias of HEADER_ALIASES[field]) {
      const key = foldHeader(alias);
      if (!index.has(key)) index.set(key, field);
    }
  }
  return index;
}

/** The field a header names, if any. */
export function fieldForHeader(header: string): ContactField | undefined {
  const key = foldHeader(header);
  return ALIAS_TO_FIELD.get(key) ?? ALIAS_TO_FIELD.get(key.replace(/ /g, ''));
}

/**
 * Parses `--map` entries ("email=E-mail Address") and checks them against the header; every problem is
 * reported at once.
 */
export function parseMapOptionsOrThrow(
  entries: readonly string[],
  header: readonly string[],
): Map<ContactField, number> {
  const overrides = new Map<ContactField, number>();
  const problems: string[] = [];
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    const field = eq < 0 ? entry.trim() : entry.slice(0, eq).trim();
    const column = eq < 0 ? '' : entry.slice(eq + 1).trim();
    if (!isContactField(field)) {
      problems.push(`"${field}" is not a field kempt knows (--map ${entry}).`);
    } else if (column === '') {
      problems.push(`--map ${entry}: write field=Header, e.g. --map email="E-mail Address".`);
    } else {
      const index = findColumn(header, column);
      if (index < 0) problems.push(`--map ${entry}: no column named "${column}" in the file.`);
      else overrides.set(field, index);
    }
  }
  if (problems.length > 0) {
    throw new KemptError(
      'mapping_invalid',
      problems.join('\n'),
      {},
      `Fields: ${CONTACT_FIELDS.join(', ')}. Columns in the file: ${header.map((h) => `"${h}"`).join(', ')}.`,
    );
  }
  return overrides;
}

function findColumn(header: readonly string[], name: string): number {
  const exact = header.indexOf(name);
  if (exact >= 0) return exact;
  const folded = foldHeader(name);
  return header.findIndex((h) => foldHeader(h) === folded);
}

/** Maps columns to fields: overrides first, then recognised headers; the first column for a field wins. */
export function mapColumns(
  header: readonly string[],
  overrides: ReadonlyMap<ContactField, number> = new Map(),
): ColumnMap {
  const byColumn: (ContactField | null)[] = header.map(() => null);
  const fields = new Map<ContactField, number>();
  for (const [field, index] of overrides) {
    fields.set(field, index);
    byColumn[index] = field;
  }
  header.forEach((h, index) => {
    if (byColumn[index] !== null) return;
    const field = fieldForHeader(h);
    if (field && !fields.has(field)) {
      fields.set(field, index);
      byColumn[index] = field;
    }
  });
  return { header, fields, byColumn };
}
