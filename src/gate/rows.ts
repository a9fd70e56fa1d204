/**
 * The gate for files: each CSV row becomes a record, passes the gate, and its outcomes are laid out
 * again by column, which is how the audit counts and the clean writes.
 */

import type { ColumnMap } from '../record/mapping.ts';
import { firstColumns, rowToRecord } from '../record/view.ts';
import type { FieldRef } from '../rules/config/index.ts';
import type { Gate } from './gate.ts';
import type { Decision, FieldOutcome, GateContext } from './types.ts';

export interface RowCheck {
  decision: Decision;
  /** For each column, the slot of its field in `decision.outcomes`, or -1 (id, custom, unchecked). */
  slotOfColumn: readonly number[];
}

/** The outcome of a column's value as it came in; undefined for blank, id and unchecked columns. */
export function outcomeAt(check: RowCheck, column: number): FieldOutcome | undefined {
  const slot = check.slotOfColumn[column];
  return slot === undefined || slot < 0 ? undefined : check.decision.outcomes[slot];
}

export function rowGate(map: ColumnMap, gate: Gate, ctx: GateContext) {
  const toRecord = rowToRecord(map);
  const columnOf = firstColumns(map);
  // The gate checks the same fields for every record of a channel; their columns are found once.
  let fields: readonly FieldRef[] | undefined;
  let slotOfColumn: number[] = [];
  const slots = (decision: Decision) => {
    if (decision.fields !== fields) {
      fields = decision.fields;
      slotOfColumn = map.header.map(() => -1);
      fields.forEach((f, slot) => {
        const column = columnOf.get(f);
        if (column !== undefined) slotOfColumn[column] = slot;
      });
    }
    return slotOfColumn;
  };
  /** A batch of rows, column by column (see Gate.checkMany): the way to run a file. */
  function checkMany(rows: readonly (readonly string[])[]): RowCheck[] {
    // The records are built here and held by nobody else: the gate may fix them in place.
    const decisions = gate.checkMany(rows.map(toRecord), ctx, { owned: true });
    return decisions.map((decision) => ({ decision, slotOfColumn: slots(decision) }));
  }
  return {
    checkMany,
    /** One row. */
    check: (cells: readonly string[]): RowCheck => checkMany([cells])[0]!,
  };
}
