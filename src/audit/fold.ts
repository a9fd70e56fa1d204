/**
 * The audit's one per-row step, wherever it runs (main thread or worker): pass the row through the
 * gate, fold the outcome into this thread's accumulator, and hand back the row's duplicate keys for
 * the file-order count.
 */

import { createGate, rowGate } from '../gate/index.ts';
import type { ColumnMap } from '../record/mapping.ts';
import type { Channel, ResolvedConfig } from '../rules/config/index.ts';
import { type AccumulatorOptions, type AccumulatorState, AuditAccumulator } from './accumulate.ts';
import { type RowKeys, rowKeysExtractor } from './duplicates.ts';

const SUB_BATCH = 256;

export interface FoldOptions extends AccumulatorOptions {
  config: ResolvedConfig;
  channel: Channel;
}

export interface RowFolder {
  readonly state: AccumulatorState;
  /** Folds a batch of rows (row numbers and cells, same order); returns each row's duplicate keys. */
  fold(rows: readonly number[], cells: readonly (readonly string[])[]): RowKeys[];
}

export function rowFolder(map: ColumnMap, options: FoldOptions): RowFolder {
  const gate = createGate(options.config, { now: options.now });
  const check = rowGate(map, gate, { channel: options.channel, actor: 'kempt audit' });
  const rowKeys = rowKeysExtractor(map);
  const acc = new AuditAccumulator(map, options);
  return {
    state: acc.state,
    fold(rows, cells) {
      const keys: RowKeys[] = new Array(rows.length);
      // A CSV batch holds thousands of rows; checking a few hundred at a time keeps the checks'
      // objects short-lived enough to die young, instead of being promoted and collected as old garbage.
      for (let start = 0; start < rows.length; start += SUB_BATCH) {
        const end = Math.min(rows.length, start + SUB_BATCH);
        const results = check.checkMany(cells.slice(start, end));
        for (let i = start; i < end; i++) {
          const result = results[i - start]!;
          acc.add(rows[i]!, cells[i]!, result);
          keys[i] = rowKeys(result);
        }
      }
      return keys;
    },
  };
}
