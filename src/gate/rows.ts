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
  /** Per column, the outcome of its value as it came in; undefined for blank, id and unchecked columns. */
  columns: (FieldOutcome | undefined)[];
}

export function rowGate(map: ColumnMap, gate: Gate, ctx: GateContext) {
  const toRecord = rowToRecord(map);
  const columnOf = firstColumns(map);
  // The gate checks the same fields for every record of a channel; their columns are found once.
  let fields: readonly FieldRef[] | undefined;
  let columnOfSlot: number[] = [];
  return function check(cells: readonly string[]): RowCheck {
    const decision = gate.check(toRecord(cells), ctx);
    if (decision.fields !== fields) {
      fields = decision.fields;
      columnOfSlot = fields.map((f) => columnOf.get(f) ?? -1);
    }
    const columns: (FieldOutcome | undefined)[] = new Array(cells.length);
    const { outcomes } = decision;
    for (let i = 0; i < columnOfSlot.length; i++) {
      const o = outcomes[i];
      const column = columnOfSlot[i]!;
      if (o !== undefined && column >= 0) columns[column] = o;
    }
    return { decision, columns };
  };
}
