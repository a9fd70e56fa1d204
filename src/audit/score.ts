/**
 * The health score: a weighted mean of six components, each 0–100. Components without evidence (no
 * date column for freshness, no core field for completeness) are left out and the weights of the rest
 * renormalised, so a narrow export is not punished for columns it does not have.
 */

import type { ContactField } from '../record/fields.ts';
import type { FieldStats, HealthScore, ScoreComponent, StaleStats } from './report-types.ts';

export const SCORE_FORMULA =
  'score = Σ(weight × component) / Σ(weight) over the components with evidence. ' +
  'validity = 1 − invalid/filled; standardization = 1 − fixable/filled (dates aside); risk = 1 − risky/filled ' +
  '(all over every checked value); completeness = mean fill rate of the core fields present ' +
  '(email, name, company, phone, country); uniqueness = 1 − duplicate records/records (same email, or same ' +
  'name at the same company); freshness = 1 − stale/dated records.';

const WEIGHTS: Record<ScoreComponent['name'], number> = {
  validity: 30,
  standardization: 10,
  risk: 10,
  completeness: 20,
  uniqueness: 20,
  freshness: 10,
};

const DATE_FIELDS: readonly ContactField[] = ['created_at', 'updated_at', 'last_activity_at'];

const CORE: readonly (readonly ContactField[])[] = [
  ['email'],
  ['first_name', 'last_name', 'full_name'],
  ['company'],
  ['phone', 'mobile'],
  ['country'],
];

export interface ScoreInput {
  records: number;
  fields: readonly FieldStats[];
  duplicateExtras: number;
  stale: StaleStats;
}

export function healthScore(input: ScoreInput): HealthScore {
  const components: ScoreComponent[] = [];
  const filled = sum(input.fields.map((f) => f.filled));
  if (filled > 0) {
    const invalid = sum(input.fields.map((f) => f.verdicts.invalid));
    const risky = sum(input.fields.map((f) => f.verdicts.risky));
    // Dates are left out of standardization: their format is an export setting, not a data problem.
    const fixable = sum(input.fields.filter((f) => !DATE_FIELDS.includes(f.field)).map((f) => f.fixable));
    components.push(
      component('validity', 1 - invalid / filled, `${fmt(invalid)} of ${fmt(filled)} values are invalid`),
    );
    components.push(
      component(
        'standardization',
        1 - fixable / filled,
        `${fmt(fixable)} of ${fmt(filled)} values are not in standard form`,
      ),
    );
    components.push(
      component('risk', 1 - risky / filled, `${fmt(risky)} of ${fmt(filled)} values are risky`),
    );
  }
  const completeness = coreFillRates(input.fields);
  if (completeness.length > 0) {
    components.push(
      component(
        'completeness',
        mean(completeness),
        `mean fill rate of ${completeness.length} core field group(s)`,
      ),
    );
  }
  if (input.records > 0) {
    components.push(
      component(
        'uniqueness',
        1 - input.duplicateExtras / input.records,
        `${fmt(input.duplicateExtras)} of ${fmt(input.records)} records duplicate an earlier one`,
      ),
    );
  }
  const dated = input.records - input.stale.withoutDate;
  if (input.stale.basis && dated > 0) {
    components.push(
      component(
        'freshness',
        1 - input.stale.count / dated,
        `${fmt(input.stale.count)} of ${fmt(dated)} dated records have no activity for ${input.stale.months} months`,
      ),
    );
  }
  const weight = sum(components.map((c) => c.weight));
  const value = weight === 0 ? 0 : Math.round(sum(components.map((c) => c.weight * c.value)) / weight);
  return { value, grade: gradeOf(value), components, formula: SCORE_FORMULA };
}

/** Best fill rate within each core group present (first+last or full name count as one group). */
function coreFillRates(fields: readonly FieldStats[]): number[] {
  const rates: number[] = [];
  for (const group of CORE) {
    const present = fields.filter((f) => group.includes(f.field));
    if (present.length > 0) rates.push(Math.max(...present.map((f) => f.fillRate)));
  }
  return rates;
}

function component(name: ScoreComponent['name'], ratio: number, explanation: string): ScoreComponent {
  return {
    name,
    weight: WEIGHTS[name],
    value: Math.round(Math.max(0, Math.min(1, ratio)) * 1000) / 10,
    explanation,
  };
}

export function gradeOf(value: number): HealthScore['grade'] {
  if (value >= 90) return 'A';
  if (value >= 80) return 'B';
  if (value >= 70) return 'C';
  if (value >= 60) return 'D';
  return 'F';
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : sum(xs) / xs.length);
const fmt = (n: number) => n.toLocaleString('en');
