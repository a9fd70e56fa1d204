/** `kempt audit`: stream a CRM export through the field checks and fold it into an AuditReport. */

import type { Encoding } from '../io/csv/encoding.ts';
import { openCsv } from '../io/csv/read.ts';
import { recordAnalyzer } from '../record/analyze.ts';
import type { ContactField } from '../record/fields.ts';
import { mapColumns } from '../record/mapping.ts';
import { KEMPT_VERSION } from '../version.ts';
import { AuditAccumulator } from './accumulate.ts';
import type { AuditReport } from './report-types.ts';
import { healthScore } from './score.ts';

export interface AuditOptions {
  now?: Date;
  staleMonths?: number;
  mapping?: ReadonlyMap<ContactField, number> | ((header: readonly string[]) => ReadonlyMap<ContactField, number>);
  encoding?: Encoding;
  delimiter?: string;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

export const DEFAULT_STALE_MONTHS = 24;

export async function auditFile(path: string, options: AuditOptions = {}): Promise<AuditReport> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const csv = await openCsv(path, {
    ...(options.encoding && { encoding: options.encoding }),
    ...(options.delimiter && { delimiter: options.delimiter }),
    onBytes: (bytes) => options.onProgress?.(bytes, csv.size),
  });
  const overrides = typeof options.mapping === 'function' ? options.mapping(csv.header) : options.mapping;
  const map = mapColumns(csv.header, overrides);
  const analyzeRow = recordAnalyzer(map, { now });
  const staleMonths = options.staleMonths ?? DEFAULT_STALE_MONTHS;
  const acc = new AuditAccumulator(map, { now, staleMonths });
  for await (const batch of csv.batches()) {
    for (const { row, cells } of batch) acc.add(row, cells, analyzeRow(cells));
  }
  const fields = acc.fields();
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
    records: acc.records,
    fields,
    duplicates: acc.duplicates(),
    testRecords: acc.testRecords,
    stale: acc.stale,
    score: healthScore({ records: acc.records.total, fields, duplicateExtras: acc.duplicateExtras, stale: acc.stale }),
  };
}
