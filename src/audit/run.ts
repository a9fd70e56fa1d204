/** `kempt audit`: stream a CRM export through the field checks and fold it into an AuditReport. */

import type { Encoding } from '../io/csv/encoding.ts';
import { type CsvFile, openCsv } from '../io/csv/read.ts';
import { defaultWorkerCount, runRowPool } from '../io/row-pool.ts';
import type { ContactField } from '../record/fields.ts';
import { mapColumns } from '../record/mapping.ts';
import { type Channel, defaultConfig, type ResolvedConfig } from '../rules/config/index.ts';
import { KEMPT_VERSION } from '../version.ts';
import { type AccumulatorState, fieldStats, mergeStates } from './accumulate.ts';
import { DuplicateTracker, type RowKeys } from './duplicates.ts';
import type { AuditReport } from './report-types.ts';
import { healthScore } from './score.ts';
import { type AuditTaskInit, createRowTask } from './task.ts';

export interface AuditOptions {
  now?: Date;
  staleMonths?: number;
  mapping?: (header: readonly string[]) => ReadonlyMap<ContactField, number>;
  encoding?: Encoding;
  delimiter?: string;
  /** Worker threads for the checks; 0 = analyse on the main thread. Default: by file size and cores. */
  workers?: number;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** The rules the records are judged by; default: the shipped config. */
  config?: ResolvedConfig;
  /** Where the config came from, for the report (a path, or "shipped default"). */
  configSource?: string;
  /** The channel whose rules apply; default `cli` (use `import` to see what an import would do). */
  channel?: Channel;
}

export const DEFAULT_STALE_MONTHS = 24;

export async function auditFile(path: string, options: AuditOptions = {}): Promise<AuditReport> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const staleMonths = options.staleMonths ?? DEFAULT_STALE_MONTHS;
  const config = options.config ?? defaultConfig();
  const channel = options.channel ?? 'cli';
  const csv = await openCsv(path, {
    encoding: options.encoding,
    delimiter: options.delimiter,
    onBytes: (bytes) => options.onProgress?.(bytes, csv.size),
  });
  const overrides = options.mapping?.(csv.header) ?? new Map();
  const map = mapColumns(csv.header, overrides);
  const duplicates = new DuplicateTracker(map);
  const workers = options.workers ?? defaultWorkerCount(csv.size);
  const state = await analyse(
    csv,
    { header: csv.header, overrides: [...overrides], now: now.getTime(), staleMonths, config, channel },
    workers,
    duplicates,
  );
  const fields = fieldStats(state);
  return {
    kempt: { version: KEMPT_VERSION },
    generatedAt: now.toISOString(),
    elapsedMs: Math.round(performance.now() - started),
    file: {
      path,
      bytes: csv.size,
      encoding: csv.encoding,
      delimiter: csv.delimiter,
      columns: csv.header.map((header, i) => ({ header, field: map.byColumn[i] ?? null })),
      blankLines: csv.stats.blankLines,
      shortRows: csv.stats.shortRows,
      longRows: csv.stats.longRows,
      raggedExamples: csv.stats.raggedExamples,
    },
    records: state.records,
    fields,
    duplicates: duplicates.stats(),
    testRecords: state.test,
    stale: state.stale,
    gate: {
      channel,
      config: options.configSource ?? (options.config ? 'given' : 'shipped default'),
      actions: state.gate.actions,
      rules: Object.values(state.gate.rules).sort(
        (a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId),
      ),
    },
    score: healthScore({
      records: state.records.total,
      fields,
      duplicateExtras: duplicates.extras,
      stale: state.stale,
    }),
  };
}

/**
 * Checks every batch: on the main thread, and on worker threads when there are any (the main thread then
 * takes a batch whenever they are all busy).
 */
async function analyse(
  csv: CsvFile,
  init: AuditTaskInit,
  workers: number,
  duplicates: DuplicateTracker,
): Promise<AccumulatorState> {
  const states = await runRowPool(csv, {
    task: new URL('./task.ts', import.meta.url),
    init,
    workers,
    local: createRowTask(init),
    // Duplicates are counted in file order: "earlier record" must mean earlier in the file.
    onResult: (rows, keys: RowKeys[]) => {
      for (let i = 0; i < rows.length; i++) duplicates.add(rows[i]!, keys[i]!);
    },
  });
  return mergeStates(states);
}
