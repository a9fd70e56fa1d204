/**
 * Between CSV rows and gate records. A row becomes a record keyed by field (`email`, `custom.Tier`);
 * a record goes back into the row's own columns, so a cleaned file keeps its layout exactly.
 */

import type { FieldRef } from '../rules/config/index.ts';
import type { ColumnMap } from './mapping.ts';

export type RowRecord = Partial<Record<FieldRef, string>>;

/** The field each column holds: its canonical field, or `custom.<header>` (ids are left out). */
export function columnRefs(map: ColumnMap): (FieldRef | undefined)[] {
  return map.byColumn.map((field, i) =>
    field === 'id' ? undefined : field === null ? (`custom.${map.header[i]!}` as const) : field,
  );
}

/**
 * Builds the row → record function for one layout; columns past the header are not read, and cells a
 * short row lacks are blank. When two columns hold the same field, the first one is the field's (the
 * other passes through untouched).
 */
export function rowToRecord(map: ColumnMap): (cells: readonly string[]) => RowRecord {
  const places = firstColumns(map);
  const columns = [...places.values()];
  const refs = [...places.keys()];
  // Every record of a file has the same fields: cloning a template gives each one its final shape at
  // once, where adding twenty-odd keys one by one would regrow its property storage several times.
  const template: RowRecord = Object.fromEntries(refs.map((ref) => [ref, '']));
  return (cells) => {
    const record: RowRecord = { ...template };
    for (let i = 0; i < columns.length; i++) {
      // A short (ragged) row lacks its last cells: blank, like an empty cell.
      record[refs[i]!] = cells[columns[i]!] ?? '';
    }
    return record;
  };
}

/** The record without its blank cells: for writes, where a blank cell is not a value to store. */
export function withoutBlanks(record: RowRecord): RowRecord {
  for (const key of Object.keys(record) as (keyof RowRecord)[])
    if ((record[key] ?? '').trim() === '') delete record[key];
  return record;
}

/** The first column of each field, in column order. */
export function firstColumns(map: ColumnMap): Map<FieldRef, number> {
  const places = new Map<FieldRef, number>();
  columnRefs(map).forEach((ref, i) => {
    if (ref !== undefined && !places.has(ref)) places.set(ref, i);
  });
  return places;
}

/**
 * Writes changed fields back into a copy of their row. A field without a column of its own (a value
 * an automation derived) cannot be written; it is returned, so the caller can report it.
 */
export function rowWriter(map: ColumnMap) {
  const places = firstColumns(map);
  return (
    cells: readonly string[],
    record: RowRecord,
    changed: readonly FieldRef[],
  ): { cells: string[]; unplaced: Set<FieldRef> } => {
    const out = cells.slice();
    const unplaced = new Set<FieldRef>();
    for (const ref of changed) {
      const i = places.get(ref);
      if (i === undefined || i >= out.length) unplaced.add(ref);
      else out[i] = record[ref] ?? '';
    }
    return { cells: out, unplaced };
  };
}
