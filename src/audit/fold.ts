/**
 * The audit's one per-row step, wherever it runs (main thread or worker): analyse the row, fold it
 * into this thread's accumulator, and hand back the row's duplicate keys for the file-order count.
 */

import { recordAnalyzer } from '../record/analyze.ts';
import type { ColumnMap } from '../record/mapping.ts';
import { type AccumulatorOptions, type AccumulatorState, AuditAccumulator } from './accumulate.ts';
import { type RowKeys, rowKeysExtractor } from './duplicates.ts';

export interface RowFolder {
  readonly state: AccumulatorState;
  fold(row: number, cells: readonly string[]): RowKeys;
}

export function rowFolder(map: ColumnMap, options: AccumulatorOptions): RowFolder {
  const analyzeRow = recordAnalyzer(map, { now: options.now });
  const rowKeys = rowKeysExtractor(map);
  const acc = new AuditAccumulator(map, options);
  return {
    state: acc.state,
    fold(row, cells) {
      const analysis = analyzeRow(cells);
      acc.add(row, cells, analysis);
      return rowKeys(analysis);
    },
  };
}
