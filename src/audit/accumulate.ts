/**
 * Folds analysed rows into the per-field part of the audit report, in memory bounded by the number of
 * columns and reasons (a handful of examples each). Accumulators are plain data so that worker threads
 * can each fold their share and the parent can merge them: examples keep the lowest row numbers, so the
 * report is the same whatever the split.
 */

import type { Finding } from '../fields/types.ts';
import type { DecisionAction } from '../gate/index.ts';
import { outcomeAt, type RowCheck } from '../gate/index.ts';
import type { ContactField } from '../record/fields.ts';
import type { ColumnMap } from '../record/mapping.ts';
import type {
  Example,
  FieldStats,
  GateStats,
  ReasonStats,
  RecordCounts,
  Sample,
  StaleStats,
} from './report-types.ts';

export const EXAMPLES_PER_REASON = 5;
const MONTH_MS = 30.436875 * 24 * 3600 * 1000;

export interface ColumnState {
  field: ContactField;
  header: string;
  filled: number;
  valid: number;
  risky: number;
  invalid: number;
  fixable: number;
  reasons: Record<string, ReasonStats>;
}

/** Everything an accumulator knows; structured-clone friendly. */
export interface AccumulatorState {
  columns: (ColumnState | null)[];
  records: RecordCounts;
  test: Sample;
  stale: StaleStats;
  gate: GateStats;
}

export interface AccumulatorOptions {
  now: Date;
  staleMonths: number;
}

export function emptyGateStats(channel: GateStats['channel']): GateStats {
  const actions: Record<DecisionAction, number> = { accept: 0, fix: 0, quarantine: 0, reject: 0 };
  return { channel, actions, rules: {} };
}

export function emptyState(
  map: ColumnMap,
  options: AccumulatorOptions & { channel: GateStats['channel'] },
): AccumulatorState {
  const basis = map.fields.has('last_activity_at')
    ? 'last_activity_at'
    : map.fields.has('updated_at')
      ? 'updated_at'
      : null;
  return {
    columns: map.byColumn.map((field, i) =>
      field && field !== 'id'
        ? {
            field,
            header: map.header[i]!,
            filled: 0,
            valid: 0,
            risky: 0,
            invalid: 0,
            fixable: 0,
            reasons: {},
          }
        : null,
    ),
    records: { total: 0, clean: 0, withWarnings: 0, withErrors: 0 },
    test: { count: 0, examples: [] },
    stale: { months: options.staleMonths, basis, count: 0, withoutDate: 0, examples: [] },
    gate: emptyGateStats(options.channel),
  };
}

export class AuditAccumulator {
  readonly state: AccumulatorState;
  readonly #staleColumn: number | undefined;
  readonly #staleBefore: number;

  constructor(map: ColumnMap, options: AccumulatorOptions & { channel: GateStats['channel'] }) {
    this.state = emptyState(map, options);
    const basis = this.state.stale.basis;
    this.#staleColumn = basis ? map.fields.get(basis) : undefined;
    this.#staleBefore = options.now.getTime() - options.staleMonths * MONTH_MS;
  }

  add(row: number, cells: readonly string[], check: RowCheck): void {
    const { columns, records } = this.state;
    records.total++;
    let worst = 0;
    let testReason: string | undefined;
    for (let i = 0; i < columns.length; i++) {
      const o = outcomeAt(check, i);
      const a = o?.analysis;
      const stats = columns[i];
      if (!a || !stats) continue;
      stats.filled++;
      if (a.verdict === 'invalid') {
        stats.invalid++;
        worst = 2;
      } else if (a.verdict === 'risky') {
        stats.risky++;
        if (worst === 0) worst = 1;
      } else stats.valid++;
      // Fixable under the config: the fix a rule applies (a field without a fix rule is left as it is).
      if (o.change !== undefined) stats.fixable++;
      for (const f of a.findings) {
        addReason(stats, f, row, a.input);
        if (!testReason && f.code.endsWith('.test')) testReason = `${stats.header}: ${f.message}`;
      }
    }
    records[worst === 2 ? 'withErrors' : worst === 1 ? 'withWarnings' : 'clean']++;
    if (testReason) addSample(this.state.test, { row, reason: testReason });
    this.#staleness(row, cells, check);
    this.#decision(row, check);
  }

  #decision(row: number, { decision }: RowCheck): void {
    const gate = this.state.gate;
    gate.actions[decision.action]++;
    for (const f of decision.findings) {
      if (f.action === undefined || f.ruleId === undefined) continue;
      const key = `${f.ruleId} ${f.code} ${f.action}`;
      let r = gate.rules[key];
      if (!r) {
        r = { ruleId: f.ruleId, code: f.code, field: f.field, action: f.action, count: 0, rows: [] };
        gate.rules[key] = r;
      }
      r.count++;
      if (r.rows.length < EXAMPLES_PER_REASON) r.rows.push(row);
    }
  }

  #staleness(row: number, cells: readonly string[], check: RowCheck): void {
    const i = this.#staleColumn;
    if (i === undefined) return;
    const stale = this.state.stale;
    const epochMs = outcomeAt(check, i)?.analysis?.facts.epochMs as number | undefined;
    if (epochMs === undefined) stale.withoutDate++;
    else if (epochMs < this.#staleBefore) {
      stale.count++;
      if (stale.examples.length < EXAMPLES_PER_REASON) stale.examples.push({ row, date: cells[i] ?? '' });
    }
  }
}

function addReason(stats: ColumnState, f: Finding, row: number, value: string): void {
  let r = stats.reasons[f.code];
  if (!r) {
    r = { code: f.code, severity: f.severity, message: f.message, count: 0, examples: [] };
    stats.reasons[f.code] = r;
  }
  r.count++;
  if (r.examples.length < EXAMPLES_PER_REASON) {
    const example: Example = { row, value };
    if (f.suggestion !== undefined) example.suggestion = f.suggestion;
    r.examples.push(example);
  }
}

function addSample(sample: Sample, example: { row: number; reason: string }): void {
  sample.count++;
  if (sample.examples.length < EXAMPLES_PER_REASON) sample.examples.push(example);
}

const byRow = (a: { row: number }, b: { row: number }) => a.row - b.row;
const firstRows = <T extends { row: number }>(xs: T[]) => xs.sort(byRow).slice(0, EXAMPLES_PER_REASON);

/** Merges the states of accumulators that saw disjoint rows of the same file. */
export function mergeStates(states: readonly AccumulatorState[]): AccumulatorState {
  const [first, ...rest] = states;
  if (!first) throw new Error('mergeStates needs at least one state');
  const out: AccumulatorState = structuredClone(first);
  for (const s of rest) {
    for (const k of ['total', 'clean', 'withWarnings', 'withErrors'] as const) out.records[k] += s.records[k];
    out.test.count += s.test.count;
    out.test.examples = firstRows([...out.test.examples, ...s.test.examples]);
    out.stale.count += s.stale.count;
    out.stale.withoutDate += s.stale.withoutDate;
    out.stale.examples = firstRows([...out.stale.examples, ...s.stale.examples]);
    for (const k of Object.keys(s.gate.actions) as DecisionAction[]) out.gate.actions[k] += s.gate.actions[k];
    for (const [key, r] of Object.entries(s.gate.rules)) {
      const o = out.gate.rules[key];
      if (!o) out.gate.rules[key] = structuredClone(r);
      else {
        o.count += r.count;
        o.rows = [...o.rows, ...r.rows].sort((a, b) => a - b).slice(0, EXAMPLES_PER_REASON);
      }
    }
    s.columns.forEach((c, i) => {
      const o = out.columns[i];
      if (c && o) mergeColumn(o, c);
    });
  }
  return out;
}

function mergeColumn(into: ColumnState, from: ColumnState): void {
  for (const k of ['filled', 'valid', 'risky', 'invalid', 'fixable'] as const) into[k] += from[k];
  for (const [code, r] of Object.entries(from.reasons)) {
    const o = into.reasons[code];
    if (!o) {
      into.reasons[code] = structuredClone(r);
      continue;
    }
    o.count += r.count;
    if ((r.examples[0]?.row ?? Infinity) < (o.examples[0]?.row ?? Infinity)) o.message = r.message;
    o.examples = firstRows([...o.examples, ...r.examples]);
  }
}

/** The per-field section of the report, reasons worst first. */
export function fieldStats(state: AccumulatorState): FieldStats[] {
  const total = state.records.total;
  const out: FieldStats[] = [];
  for (const c of state.columns) {
    if (!c) continue;
    const reasons = Object.values(c.reasons).sort(
      (a, b) => severityRank(b) - severityRank(a) || b.count - a.count,
    );
    out.push({
      field: c.field,
      header: c.header,
      filled: c.filled,
      fillRate: total === 0 ? 0 : c.filled / total,
      verdicts: { valid: c.valid, risky: c.risky, invalid: c.invalid },
      fixable: c.fixable,
      reasons,
    });
  }
  return out;
}

function severityRank(r: ReasonStats): number {
  return r.severity === 'error' ? 2 : r.severity === 'warning' ? 1 : 0;
}
