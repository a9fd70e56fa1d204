/**
 * `kempt clean`: the same rows, ids and columns in the same order, with certain fixes applied; every
 * applied fix, suggestion and problem goes to the changes file so nothing changes without a trace.
 */

import type { Encoding } from '../io/csv/encoding.ts';
import { openCsv } from '../io/csv/read.ts';
import { CsvWriter } from '../io/csv/write.ts';
import { recordAnalyzer } from '../record/analyze.ts';
import type { ContactField } from '../record/fields.ts';
import { mapColumns } from '../record/mapping.ts';
import { describeChange } from './describe-change.ts';

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
];

export interface CleanOptions {
  output: string;
  changes?: string;
  now?: Date;
  mapping?: (header: readonly string[]) => ReadonlyMap<ContactField, number>;
  encoding?: Encoding;
  delimiter?: string;
  /** Write the output with a UTF-8 byte-order mark (Excel opens it as UTF-8 then). */
  bom?: boolean;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

export interface CleanSummary {
  records: number;
  /** Cells changed by certain fixes. */
  applied: number;
  /** Suggestions left for a person to decide. */
  suggested: number;
  /** Warnings and errors without a fix. */
  flagged: number;
  recordsChanged: number;
}

export async function cleanFile(path: string, options: CleanOptions): Promise<CleanSummary> {
  const csv = await openCsv(path, {
    encoding: options.encoding,
    delimiter: options.delimiter,
    onBytes: (bytes) => options.onProgress?.(bytes, csv.size),
  });
  const map = mapColumns(csv.header, options.mapping?.(csv.header));
  const analyzeRow = recordAnalyzer(map, { now: options.now ?? new Date() });
  const idColumn = map.fields.get('id');
  const out = new CsvWriter(options.output, csv.delimiter, { bom: options.bom ?? false });
  const changes = options.changes ? new CsvWriter(options.changes) : undefined;
  const summary: CleanSummary = { records: 0, applied: 0, suggested: 0, flagged: 0, recordsChanged: 0 };
  try {
    await out.write(csv.header);
    await changes?.write(CHANGES_HEADER);
    for await (const batch of csv.batches()) {
      for (const { row, cells } of batch) {
        summary.records++;
        const analysis = analyzeRow(cells);
        const id = idColumn === undefined ? String(row) : (cells[idColumn] ?? '');
        const cleaned = cells.slice();
        let changed = false;
        for (let i = 0; i < cells.length; i++) {
          const a = analysis.columns[i];
          if (!a) continue;
          const field = map.byColumn[i]!;
          const column = csv.header[i]!;
          if (a.normalized !== a.input) {
            cleaned[i] = a.normalized;
            changed = true;
            summary.applied++;
            await changes?.write([
              String(row),
              id,
              field,
              column,
              a.input,
              a.normalized,
              `${field}.standardized`,
              'info',
              describeChange(field, a.input, a.normalized),
              'yes',
            ]);
          }
          for (const f of a.findings) {
            if (f.severity === 'info') continue;
            if (f.suggestion !== undefined) summary.suggested++;
            else summary.flagged++;
            await changes?.write([
              String(row),
              id,
              field,
              column,
              a.normalized,
              f.suggestion ?? '',
              f.code,
              f.severity,
              f.message,
              'no',
            ]);
          }
        }
        if (changed) summary.recordsChanged++;
        await out.write(cleaned);
      }
    }
  } finally {
    await out.close();
    await changes?.close();
  }
  return summary;
}
