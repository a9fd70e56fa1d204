/**
 * The audit as a row-pool task (see io/row-pool.ts): each thread folds its batches into its own
 * accumulator and sends back only each row's duplicate keys (the duplicate count needs the whole file
 * in order); the accumulators are merged at the end.
 */

import type { RowTask } from '../io/row-pool.ts';
import type { ContactField } from '../record/fields.ts';
import { mapColumns } from '../record/mapping.ts';
import type { Channel, ResolvedConfig } from '../rules/config/index.ts';
import type { AccumulatorState } from './accumulate.ts';
import type { RowKeys } from './duplicates.ts';
import { rowFolder } from './fold.ts';

export interface AuditTaskInit {
  header: string[];
  overrides: [ContactField, number][];
  now: number;
  staleMonths: number;
  /** The resolved config (plain data: it crosses the thread boundary as a structured clone). */
  config: ResolvedConfig;
  channel: Channel;
}

export function createRowTask(init: AuditTaskInit): RowTask<RowKeys[], AccumulatorState> {
  const map = mapColumns(init.header, new Map(init.overrides));
  const folder = rowFolder(map, {
    now: new Date(init.now),
    staleMonths: init.staleMonths,
    config: init.config,
    channel: init.channel,
  });
  return { run: (rows, cells) => folder.fold(rows, cells), finish: () => folder.state };
}
