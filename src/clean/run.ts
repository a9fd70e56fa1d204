/**
 * `kempt clean`: the same rows, ids and columns in the same order, with certain fixes applied; every
 * applied fix, suggestion and problem goes to the changes file so nothing changes without a trace.
 */

import type { DecisionAction } from '../gate/index.ts';
import type { Encoding } from '../io/csv/encoding.ts';
import { openCsv } from '../io/csv/read.ts';
import { CsvWriter } from '../io/csv/write.ts';
import { defaultWorkerCount, runRowPool } from '../io/row-pool.ts';
import type { ContactField } from '../record/fields.ts';
import { type Channel, defaultConfig, type ResolvedConfig } from '../rules/config/index.ts';
import { addCounts, type CleanBatch, type CleanTaskInit, createRowTask, emptyCounts } from './task.ts';

export const CHANGES_HEADER = [
  'row',
  'id',
  'field',
  'column',
  'before',
  'after',
  'code',
  'severity',
  'reason',
  'applied',
  'action',
  'rule',
  'confidence',
];

export const DECISIONS_HEADER = ['row', 'id', 'decision', 'changes', 'reasons', 'rules'];

export interface CleanOptions {
  output: string;
  changes?: string;
  /** One line per record: what the gate decided and why (rows to quarantine or reject, with reasons). */
  decisions?: string;
  now?: Date;
  mapping?: (header: readonly string[]) => ReadonlyMap<ContactField, number>;
  encoding?: Encoding;
  delimiter?: string;
  /** Write the output with a UTF-8 byte-order mark (Excel opens it as UTF-8 then). */
  bom?: boolean;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** The rules that decide what is fixed and flagged; default: the shipped config. */
  config?: ResolvedConfig;
  /** The channel whose rules apply; default `cli`. */
  channel?: Channel;
  /** Worker threads for the checks; 0 = all on the main thread. Default: by file size and cores. */
  workers?: number;
}

export interface CleanSummary {
  records: number;
  /** Cells changed by fixes and automations (fixed + automated). */
  applied: number;
  /** Cells changed by a rule's certain fix. */
  fixed: number;
  /** Cells set or filled by automations (derived values, defaults, owners). */
  automated: number;
  /** Suggestions left for a person to decide. */
  suggested: number;
  /** Findings with an action (warn, quarantine, block) and no suggestion. */
  flagged: number;
  recordsChanged: number;
  /** What the gate decided per record: rows are never dropped, so a rejected row is still written. */
  decisions: Record<DecisionAction, number>;
  /** Changes to fields the file has no column for (e.g. a derived seniority): logged, not written. */
  notWritten: number;
}

export async function cleanFile(path: string, options: CleanOptions): Promise<CleanSummary> {
  const csv = await openCsv(path, {
    encoding: options.encoding,
    delimiter: options.delimiter,
    onBytes: (bytes) => options.onProgress?.(bytes, csv.size),
  });
  const overrides = options.mapping?.(csv.header) ?? new Map<ContactField, number>();
  const init: CleanTaskInit = {
    header: csv.header,
    overrides: [...overrides],
    config: options.config ?? defaultConfig(),
    channel: options.channel ?? 'cli',
    now: (options.now ?? new Date()).getTime(),
    changes: options.changes !== undefined,
    decisions: options.decisions !== undefined,
    delimiter: csv.delimiter,
  };
  const workers = options.workers ?? defaultWorkerCount(csv.size);
  const out = new CsvWriter(options.output, csv.delimiter, { bom: options.bom ?? false });
  const changes = options.changes ? new CsvWriter(options.changes) : undefined;
  const decisions = options.decisions ? new CsvWriter(options.decisions) : undefined;
  const counts = emptyCounts();
  // Batches are written in file order, whichever thread checked them.
  const writeBatch = async (batch: CleanBatch) => {
    addCounts(counts, batch.counts);
    await decisions?.writeFormatted(batch.decisions);
    await out.writeFormatted(batch.out);
    await changes?.writeFormatted(batch.changes);
  };
  try {
    await out.write(csv.header);
    await changes?.write(CHANGES_HEADER);
    await decisions?.write(DECISIONS_HEADER);
    await runRowPool(csv, {
      task: new URL('./task.ts', import.meta.url),
      init,
      workers,
      local: createRowTask(init),
      onResult: (_rows, batch: CleanBatch) => writeBatch(batch),
    });
  } finally {
    await out.close();
    await changes?.close();
    await decisions?.close();
  }
  return {
    records: counts.records,
    applied: counts.fixed + counts.automated,
    fixed: counts.fixed,
    automated: counts.automated,
    suggested: counts.suggested,
    flagged: counts.flagged,
    recordsChanged: counts.recordsChanged,
    decisions: counts.decisions,
    notWritten: counts.notWritten,
  };
}
