/**
 * `kempt clean`: the same rows, ids and columns in the same order, with certain fixes applied; every
 * applied fix, suggestion and problem goes to the changes file so nothing changes without a trace.
 */

import type { DecisionAction } from '../gate/index.ts';
import { createGate, rowGate } from '../gate/index.ts';
import type { Encoding } from '../io/csv/encoding.ts';
import { openCsv } from '../io/csv/read.ts';
import { CsvWriter } from '../io/csv/write.ts';
import type { ContactField } from '../record/fields.ts';
import { mapColumns } from '../record/mapping.ts';
import { firstColumns, rowWriter } from '../record/view.ts';
import { type Channel, defaultConfig, type FieldRef, type ResolvedConfig } from '../rules/config/index.ts';

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
  const map = mapColumns(csv.header, options.mapping?.(csv.header));
  const gate = createGate(options.config ?? defaultConfig(), { now: options.now ?? new Date() });
  const check = rowGate(map, gate, { channel: options.channel ?? 'cli', actor: 'kempt clean' });
  const write = rowWriter(map);
  const places = firstColumns(map);
  const columnName = (field: FieldRef) => {
    const i = places.get(field);
    return i === undefined ? '' : (csv.header[i] ?? '');
  };
  const idColumn = map.fields.get('id');
  const out = new CsvWriter(options.output, csv.delimiter, { bom: options.bom ?? false });
  const changes = options.changes ? new CsvWriter(options.changes) : undefined;
  const decisions = options.decisions ? new CsvWriter(options.decisions) : undefined;
  const summary: CleanSummary = {
    records: 0,
    applied: 0,
    fixed: 0,
    automated: 0,
    suggested: 0,
    flagged: 0,
    recordsChanged: 0,
    decisions: { accept: 0, fix: 0, quarantine: 0, reject: 0 },
    notWritten: 0,
  };
  try {
    await out.write(csv.header);
    await changes?.write(CHANGES_HEADER);
    await decisions?.write(DECISIONS_HEADER);
    for await (const batch of csv.batches()) {
      const checks = check.checkMany(batch.map((r) => r.cells));
      for (let b = 0; b < batch.length; b++) {
        const { row, cells } = batch[b]!;
        summary.records++;
        const { decision } = checks[b]!;
        summary.decisions[decision.action]++;
        const id = idColumn === undefined ? String(row) : (cells[idColumn] ?? '');
        if (decisions) {
          // The reasons that decided it: what a block or quarantine rule found (warnings do not decide).
          const deciding = decision.findings.filter((f) => f.action === 'block' || f.action === 'quarantine');
          await decisions.write([
            String(row),
            id,
            decision.action,
            String(decision.changes.length),
            deciding.map((f) => `${f.field}: ${f.message}`).join(' | '),
            [...new Set(deciding.map((f) => f.ruleId ?? ''))].join(' '),
          ]);
        }
        if (decision.changes.length === 0) {
          await out.write(cells);
        } else {
          const cleaned = write(
            cells,
            decision.record,
            decision.changes.map((c) => c.field),
          );
          summary.recordsChanged++;
          for (const c of decision.changes) {
            const placed = !cleaned.unplaced.has(c.field);
            if (!placed) summary.notWritten++;
            else if (c.code.startsWith('automation.')) summary.automated++;
            else summary.fixed++;
            await changes?.write([
              String(row),
              id,
              c.field,
              columnName(c.field),
              c.before,
              c.after,
              c.code,
              'info',
              placed ? c.reason : `${c.reason} (the file has no ${c.field} column: not written)`,
              placed ? 'yes' : 'no',
              'fix',
              c.ruleId,
              String(c.confidence),
            ]);
          }
          await out.write(cleaned.cells);
        }
        for (const f of decision.findings) {
          if (f.severity === 'info' && f.action === undefined) continue;
          if (f.suggestion !== undefined) summary.suggested++;
          else summary.flagged++;
          const field = f.field as FieldRef;
          await changes?.write([
            String(row),
            id,
            f.field,
            columnName(field),
            decision.record[field] ?? '',
            f.suggestion ?? '',
            f.code,
            f.severity,
            f.message,
            'no',
            f.action ?? '',
            f.ruleId ?? '',
            '',
          ]);
        }
      }
    }
    summary.applied = summary.fixed + summary.automated;
  } finally {
    await out.close();
    await changes?.close();
    await decisions?.close();
  }
  return summary;
}
