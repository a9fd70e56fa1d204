/**
 * Folds analysed rows into the audit report, one row at a time, in memory bounded by the number of
 * distinct keys (duplicates) and a handful of examples per reason.
 */

import { foldDiacritics } from '../fields/text.ts';
import type { Finding } from '../fields/types.ts';
import type { RowAnalysis } from '../record/analyze.ts';
import type { ContactField } from '../record/fields.ts';
import type { ColumnMap } from '../record/mapping.ts';
import { DuplicateCounter } from './duplicate-keys.ts';
import type { DuplicateStats, Example, FieldStats, ReasonStats, RecordCounts, Sample, StaleStats } from './report-types.ts';

const EXAMPLES_PER_REASON = 5;
const MONTH_MS = 30.436875 * 24 * 3600 * 1000;

interface ColumnStats {
  field: ContactField;
  header: string;
  filled: number;
  valid: number;
  risky: number;
  invalid: number;
  fixable: number;
  reasons: Map<string, ReasonStats>;
}

export interface AccumulatorOptions {
  now: Date;
  staleMonths: number;
}

export class AuditAccumulator {
  readonly #map: ColumnMap;
  readonly #columns: (ColumnStats | undefined)[];
  readonly #records: RecordCounts = { total: 0, clean: 0, withWarnings: 0, withErrors: 0 };
  readonly #dupes = { email: new DuplicateCounter(), phone: new DuplicateCounter(), nameCompany: new DuplicateCounter() };
  readonly #test: Sample = { count: 0, examples: [] };
  readonly #stale: StaleStats;
  readonly #staleBefore: number;
  #uniqueExtra = 0;

  constructor(map: ColumnMap, options: AccumulatorOptions) {
    this.#map = map;
    this.#columns = map.byColumn.map((field, i) =>
      field && field !== 'id'
        ? { field, header: map.header[i]!, filled: 0, valid: 0, risky: 0, invalid: 0, fixable: 0, reasons: new Map() }
        : undefined,
    );
    const basis = map.fields.has('last_activity_at') ? 'last_activity_at' : map.fields.has('updated_at') ? 'updated_at' : null;
    this.#stale = { months: options.staleMonths, basis, count: 0, withoutDate: 0, examples: [] };
    this.#staleBefore = options.now.getTime() - options.staleMonths * MONTH_MS;
  }

  add(row: number, cells: readonly string[], analysis: RowAnalysis): void {
    this.#records.total++;
    let worst = 0;
    let testReason: string | undefined;
    analysis.columns.forEach((a, i) => {
      const stats = this.#columns[i];
      if (!a || !stats) return;
      stats.filled++;
      stats[a.verdict === 'invalid' ? 'invalid' : a.verdict === 'risky' ? 'risky' : 'valid']++;
      if (a.normalized !== a.input) stats.fixable++;
      for (const f of a.findings) {
        this.#reason(stats, f, row, a.input);
        if (!testReason && f.code.endsWith('.test')) testReason = `${stats.header}: ${f.message}`;
      }
      worst = Math.max(worst, a.verdict === 'invalid' ? 2 : a.verdict === 'risky' ? 1 : 0);
    });
    this.#records[worst === 2 ? 'withErrors' : worst === 1 ? 'withWarnings' : 'clean']++;
    if (testReason) addSample(this.#test, { row, reason: testReason });
    this.#duplicates(row, analysis);
    this.#staleness(row, cells, analysis);
  }

  #reason(stats: ColumnStats, f: Finding, row: number, value: string): void {
    let r = stats.reasons.get(f.code);
    if (!r) {
      r = { code: f.code, severity: f.severity, message: f.message, count: 0, examples: [] };
      stats.reasons.set(f.code, r);
    }
    r.count++;
    if (r.examples.length < EXAMPLES_PER_REASON) {
      const example: Example = { row, value };
      if (f.suggestion !== undefined) example.suggestion = f.suggestion;
      r.examples.push(example);
    }
  }

  #duplicates(row: number, analysis: RowAnalysis): void {
    const get = (field: ContactField) => {
      const i = this.#map.fields.get(field);
      return i === undefined ? undefined : analysis.columns[i];
    };
    let seen = false;
    const emailKey = get('email')?.facts.key as string | undefined;
    if (emailKey) seen = this.#dupes.email.add(emailKey, row) || seen;
    for (const field of ['phone', 'mobile'] as const) {
      const e164 = get(field)?.facts.e164 as string | undefined;
      if (e164) this.#dupes.phone.add(e164, row);
    }
    const name = personKey(get('first_name')?.normalized, get('last_name')?.normalized, get('full_name')?.normalized);
    const company = get('company')?.facts.key as string | undefined;
    if (name && company) seen = this.#dupes.nameCompany.add(`${name}|${company}`, row) || seen;
    if (seen) this.#uniqueExtra++;
  }

  #staleness(row: number, cells: readonly string[], analysis: RowAnalysis): void {
    const basis = this.#stale.basis;
    if (!basis) return;
    const i = this.#map.fields.get(basis)!;
    const epochMs = analysis.columns[i]?.facts.epochMs as number | undefined;
    if (epochMs === undefined) {
      this.#stale.withoutDate++;
    } else if (epochMs < this.#staleBefore) {
      this.#stale.count++;
      if (this.#stale.examples.length < EXAMPLES_PER_REASON) this.#stale.examples.push({ row, date: cells[i] ?? '' });
    }
  }

  get records(): RecordCounts {
    return this.#records;
  }

  /** Records that share an email or a name at the same company with an earlier record. */
  get duplicateExtras(): number {
    return this.#uniqueExtra;
  }

  fields(): FieldStats[] {
    const total = this.#records.total;
    const out: FieldStats[] = [];
    for (const c of this.#columns) {
      if (!c) continue;
      const reasons = [...c.reasons.values()].sort((a, b) => severityRank(b) - severityRank(a) || b.count - a.count);
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

  duplicates(): DuplicateStats[] {
    const out: DuplicateStats[] = [];
    if (this.#map.fields.has('email')) out.push(this.#dupes.email.stats('email', 'email address'));
    if (this.#map.fields.has('phone') || this.#map.fields.has('mobile')) {
      out.push(this.#dupes.phone.stats('phone', 'phone number'));
    }
    if (this.#map.fields.has('company')) {
      out.push(this.#dupes.nameCompany.stats('name_company', 'name and company'));
    }
    return out;
  }

  get testRecords(): Sample {
    return this.#test;
  }

  get stale(): StaleStats {
    return this.#stale;
  }
}

function severityRank(r: ReasonStats): number {
  return r.severity === 'error' ? 2 : r.severity === 'warning' ? 1 : 0;
}

function addSample(sample: Sample, example: { row: number; reason: string }): void {
  sample.count++;
  if (sample.examples.length < EXAMPLES_PER_REASON) sample.examples.push(example);
}

/** Lowercased, diacritic-free "first last" for exact-key counting; undefined without both parts. */
function personKey(first?: string, last?: string, full?: string): string | undefined {
  const name = first && last ? `${first} ${last}` : full;
  return name ? foldDiacritics(name.toLowerCase()) : undefined;
}
