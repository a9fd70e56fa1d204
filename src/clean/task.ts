/**
 * The per-row part of `kempt clean` as a row-pool task (see io/row-pool.ts): the gate's decision on
 * each row, turned into the lines the three output files get. No I/O here: the main thread writes the
 * lines in file order, so the output is the same whichever thread checked a row.
 */

import type { DecisionAction } from '../gate/index.ts';
import { createGate, rowGate } from '../gate/index.ts';
import { formatCsvRow } from '../io/csv/write.ts';
import type { RowTask } from '../io/row-pool.ts';
import type { ContactField } from '../record/fields.ts';
import { mapColumns } from '../record/mapping.ts';
import { firstColumns, rowWriter } from '../record/view.ts';
import type { Channel, FieldRef, ResolvedConfig } from '../rules/config/index.ts';
import type { CleanSummary } from './run.ts';

export interface CleanTaskInit {
  header: string[];
  overrides: [ContactField, number][];
  config: ResolvedConfig;
  channel: Channel;
  now: number;
  /** Which files are written: lines for the others are not built. */
  changes: boolean;
  decisions: boolean;
  /** The input's delimiter, which the cleaned export keeps. */
  delimiter: string;
}

/** The counts of a batch: the summary's, but `applied` (fixed + automated, added at the end). */
export type CleanCounts = Omit<CleanSummary, 'applied'>;

/** A batch's lines for each file, formatted here (CSV quoting is a good part of a clean's work). */
export interface CleanBatch {
  /** The rows, fixes written in, in the input's delimiter. */
  out: string;
  changes: string;
  decisions: string;
  counts: CleanCounts;
}

export function emptyCounts(): CleanCounts {
  return {
    records: 0,
    fixed: 0,
    automated: 0,
    suggested: 0,
    flagged: 0,
    recordsChanged: 0,
    decisions: { accept: 0, fix: 0, quarantine: 0, reject: 0 },
    notWritten: 0,
  };
}

export function addCounts(into: CleanCounts, from: CleanCounts): void {
  for (const k of [
    'records',
    'fixed',
    'automated',
    'suggested',
    'flagged',
    'recordsChanged',
    'notWritten',
  ] as const)
    into[k] += from[k];
  for (const k of Object.keys(from.decisions) as DecisionAction[]) into.decisions[k] += from.decisions[k];
}

export function createRowTask(init: CleanTaskInit): RowTask<CleanBatch, null> {
  const map = mapColumns(init.header, new Map(init.overrides));
  const gate = createGate(init.config, { now: new Date(init.now) });
  const check = rowGate(map, gate, { channel: init.channel, actor: 'kempt clean' });
  const write = rowWriter(map);
  const places = firstColumns(map);
  const columnName = (field: FieldRef) => {
    const i = places.get(field);
    return i === undefined ? '' : (init.header[i] ?? '');
  };
  const idColumn = map.fields.get('id');

  function run(rows: readonly number[], cells: readonly (readonly string[])[]): CleanBatch {
    const batch: CleanBatch = { out: '', changes: '', decisions: '', counts: emptyCounts() };
    const counts = batch.counts;
    const checks = check.checkMany(cells);
    for (let b = 0; b < rows.length; b++) {
      const row = rows[b]!;
      const rowCells = cells[b]!;
      counts.records++;
      const { decision } = checks[b]!;
      counts.decisions[decision.action]++;
      const id = idColumn === undefined ? String(row) : (rowCells[idColumn] ?? '');
      if (init.decisions) {
        // The reasons that decided it: what a block or quarantine rule found (warnings do not decide).
        const deciding = decision.findings.filter((f) => f.action === 'block' || f.action === 'quarantine');
        batch.decisions += formatCsvRow([
          String(row),
          id,
          decision.action,
          String(decision.changes.length),
          deciding.map((f) => `${f.field}: ${f.message}`).join(' | '),
          [...new Set(deciding.map((f) => f.ruleId ?? ''))].join(' '),
        ]);
      }
      if (decision.changes.length === 0) batch.out += formatCsvRow(rowCells, init.delimiter);
      else {
        const cleaned = write(
          rowCells,
          decision.record,
          decision.changes.map((c) => c.field),
        );
        counts.recordsChanged++;
        for (const c of decision.changes) {
          const placed = !cleaned.unplaced.has(c.field);
          if (!placed) counts.notWritten++;
          else if (c.code.startsWith('automation.')) counts.automated++;
          else counts.fixed++;
          if (init.changes)
            batch.changes += formatCsvRow([
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
        batch.out += formatCsvRow(cleaned.cells, init.delimiter);
      }
      for (const f of decision.findings) {
        if (f.severity === 'info' && f.action === undefined) continue;
        if (f.suggestion !== undefined) counts.suggested++;
        else counts.flagged++;
        if (!init.changes) continue;
        const field = f.field as FieldRef;
        batch.changes += formatCsvRow([
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
    return batch;
  }
  return { run, finish: () => null };
}
