/** The audit report: what `kempt audit --json` prints and what the HTML report renders. */

import type { Severity, Verdict } from '../fields/types.ts';
import type { DecisionAction } from '../gate/index.ts';
import type { ContactField } from '../record/fields.ts';
import type { Channel, FallbackAction } from '../rules/config/index.ts';

export interface AuditReport {
  kempt: { version: string };
  generatedAt: string;
  elapsedMs: number;
  file: FileFacts;
  records: RecordCounts;
  fields: FieldStats[];
  duplicates: DuplicateStats[];
  testRecords: Sample;
  stale: StaleStats;
  gate: GateReport;
  score: HealthScore;
}

/** What the config's rules would do with each record on one channel (the same gate every channel uses). */
export interface GateStats {
  channel: Channel;
  actions: Record<DecisionAction, number>;
  /** Keyed by "ruleId code action". */
  rules: Record<string, RuleHits>;
}

export interface RuleHits {
  ruleId: string;
  code: string;
  field: string;
  action: FallbackAction;
  count: number;
  /** The first rows it fired on. */
  rows: number[];
}

export interface GateReport {
  channel: Channel;
  /** The config file the rules came from, or "shipped default". */
  config: string;
  actions: Record<DecisionAction, number>;
  /** Most frequent first. */
  rules: RuleHits[];
}

export interface FileFacts {
  path: string;
  bytes: number;
  encoding: string;
  delimiter: string;
  columns: { header: string; field: ContactField | null }[];
  blankLines: number;
  shortRows: number;
  longRows: number;
  raggedExamples: number[];
}

export interface RecordCounts {
  total: number;
  /** No finding worse than info in any field. */
  clean: number;
  withWarnings: number;
  withErrors: number;
}

export interface FieldStats {
  field: ContactField;
  header: string;
  filled: number;
  /** filled / records. */
  fillRate: number;
  verdicts: Record<Exclude<Verdict, 'empty'>, number>;
  /** Values that certain fixes would change (what `kempt clean` applies). */
  fixable: number;
  reasons: ReasonStats[];
}

export interface ReasonStats {
  code: string;
  severity: Severity;
  /** The message of the first example: reasons of one code share their meaning. */
  message: string;
  count: number;
  examples: Example[];
}

export interface Example {
  row: number;
  value: string;
  suggestion?: string;
}

export interface DuplicateStats {
  /** What the records share: `email` (canonical key), `phone` (E.164), `name_company`. */
  key: 'email' | 'phone' | 'name_company';
  /** A lower-case noun phrase: "records that share the same <label>". */
  label: string;
  /** Groups of two or more records sharing the key. */
  groups: number;
  /** Records in those groups beyond the first of each: what merging would remove. */
  extraRecords: number;
  largest: { key: string; count: number; rows: number[] }[];
}

export interface Sample {
  count: number;
  examples: { row: number; reason: string }[];
}

export interface StaleStats {
  months: number;
  /** Which field dates the last sign of life (last_activity_at, else updated_at). */
  basis: ContactField | null;
  count: number;
  withoutDate: number;
  examples: { row: number; date: string }[];
}

export interface ScoreComponent {
  name: 'validity' | 'standardization' | 'risk' | 'completeness' | 'uniqueness' | 'freshness';
  weight: number;
  /** 0..100 */
  value: number;
  explanation: string;
}

export interface HealthScore {
  value: number;
  grade: 'A' | 'B' | 'C' | 'D' | 'F';
  components: ScoreComponent[];
  formula: string;
}
