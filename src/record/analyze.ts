/**
 * Runs every mapped field of a record through its field module. The country is analyzed first because
 * phone numbers, states, postcodes and dates read it (default region, day/month order).
 *
 * This is the field stage of the pipeline; rules and the gate build on it.
 */

import { analyzeCompany } from '../fields/company/index.ts';
import { analyzeCountry, analyzeState } from '../fields/country/index.ts';
import { dateAnalyzer } from '../fields/date/index.ts';
import { analyzeEmail } from '../fields/email/index.ts';
import { analyzeJobTitle } from '../fields/job-title/index.ts';
import { analyzePersonName } from '../fields/person-name/index.ts';
import { analyzePhone } from '../fields/phone/index.ts';
import { analyzeLeadSource, analyzeLifecycleStage } from '../fields/picklist/index.ts';
import { analyzePostcode } from '../fields/postcode/index.ts';
import { collapseWhitespace } from '../fields/text.ts';
import type { FieldAnalysis, FieldContext, Finding } from '../fields/types.ts';
import { verdictOf } from '../fields/types.ts';
import { analyzeWebsite } from '../fields/website/index.ts';
import type { ContactField } from './fields.ts';
import type { ColumnMap } from './mapping.ts';

// biome-ignore lint/suspicious/noExplicitAny: analyzers differ only in their facts
export type AnyAnalysis = FieldAnalysis<any>;
type Analyzer = (input: string, ctx: FieldContext) => AnyAnalysis;

/** Longer values are not parsed: no real email, phone or name is this long, and it bounds the work. */
export const MAX_VALUE_LENGTH = 2_000;

export interface RecordAnalyzerOptions {
  now: Date;
}

export interface RowAnalysis {
  /** One analysis per column, undefined for blank cells, custom and id columns. */
  columns: (AnyAnalysis | undefined)[];
  country: string | undefined;
}

/** Free text (city, street, owner): whitespace only; there is nothing certain to check. */
function analyzeText(input: string): AnyAnalysis {
  return {
    input,
    normalized: collapseWhitespace(input),
    findings: [],
    verdict: verdictOf(input, []),
    facts: {},
  };
}

// No per-field memo of whole analyses: measured on the 100k-row bench export it cost more (hashing every
// value, old-generation garbage) than it saved: 8.4 s vs 7.3 s and +50 MB RSS. Modules cache where it
// pays (email domains, phone numbering plans).
function analyzersFor(options: RecordAnalyzerOptions): Partial<Record<ContactField, Analyzer>> {
  const analyzeDate = dateAnalyzer({ now: () => options.now });
  return {
    first_name: analyzePersonName,
    last_name: analyzePersonName,
    full_name: analyzePersonName,
    email: analyzeEmail,
    phone: analyzePhone,
    mobile: analyzePhone,
    company: analyzeCompany,
    website: analyzeWebsite,
    job_title: analyzeJobTitle,
    country: analyzeCountry,
    state: analyzeState,
    city: analyzeText,
    street: analyzeText,
    owner: analyzeText,
    postcode: analyzePostcode,
    lead_source: analyzeLeadSource,
    lifecycle_stage: analyzeLifecycleStage,
    created_at: analyzeDate,
    updated_at: analyzeDate,
    last_activity_at: analyzeDate,
  };
}

function tooLong(input: string, field: string): AnyAnalysis {
  const findings: Finding[] = [
    {
      code: 'value.too_long',
      field,
      severity: 'error',
      message: `${input.length.toLocaleString('en')} characters is far too long for ${field}; the value was not checked.`,
    },
  ];
  return { input, normalized: input, findings, verdict: 'invalid', facts: {} };
}

/** Builds the per-row analyzer for one column layout; the layout work happens once. */
export function recordAnalyzer(map: ColumnMap, options: RecordAnalyzerOptions) {
  const analyzers = analyzersFor(options);
  const countryColumn = map.fields.get('country');
  const plan: { column: number; field: ContactField; analyze: Analyzer }[] = [];
  map.byColumn.forEach((field, column) => {
    const analyze = field ? analyzers[field] : undefined;
    if (field && analyze && column !== countryColumn) plan.push({ column, field, analyze });
  });

  return function analyzeRow(cells: readonly string[]): RowAnalysis {
    const columns: (AnyAnalysis | undefined)[] = new Array(cells.length);
    let country: string | undefined;
    if (countryColumn !== undefined) {
      const result = run(analyzeCountry, cells[countryColumn] ?? '', { field: 'country' });
      columns[countryColumn] = result;
      country = result?.facts.code;
    }
    for (const { column, field, analyze } of plan) {
      columns[column] = run(analyze, cells[column] ?? '', country ? { field, country } : { field });
    }
    return { columns, country };
  };
}

function run(analyze: Analyzer, input: string, ctx: FieldContext): AnyAnalysis | undefined {
  if (input === '') return undefined;
  if (input.length > MAX_VALUE_LENGTH) return tooLong(input, ctx.field);
  const result = analyze(input, ctx);
  return result.verdict === 'empty' ? undefined : result;
}
