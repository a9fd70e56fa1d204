/**
 * Which field module analyses a field: by the field's kind, or by the format a rule names, or by the
 * allowed values of a picklist rule. Analyzers are pure functions of (value, context).
 */

import { analyzeCompany } from '../fields/company/index.ts';
import { analyzeState, countryAnalyzer, countryCode } from '../fields/country/index.ts';
import { dateAnalyzer } from '../fields/date/index.ts';
import { analyzeEmail } from '../fields/email/index.ts';
import { analyzeJobTitle } from '../fields/job-title/index.ts';
import { analyzePersonName } from '../fields/person-name/index.ts';
import { analyzePhone } from '../fields/phone/index.ts';
import {
  analyzeLeadSource,
  analyzeLifecycleStage,
  foldPicklistKey,
  picklistAnalyzer,
} from '../fields/picklist/index.ts';
import { analyzePostcode } from '../fields/postcode/index.ts';
import { collapseWhitespace } from '../fields/text.ts';
import type { FieldContext, Finding } from '../fields/types.ts';
import { verdictOf } from '../fields/types.ts';
import { analyzeWebsite } from '../fields/website/index.ts';
import { FIELD_KIND, type FieldKind, isContactField } from '../record/fields.ts';
import type { FieldRef, Format, PicklistRule } from '../rules/config/index.ts';
import type { AnyAnalysis } from './types.ts';

export type Analyzer = (input: string, ctx: FieldContext) => AnyAnalysis;

/** Longer values are not parsed: no real email, phone or name is this long, and it bounds the work. */
export const MAX_VALUE_LENGTH = 2_000;

export interface AnalyzerEnv {
  /** The clock dates are judged against (future dates, staleness). */
  now: Date;
}

/** Free text (city, street, owner): whitespace only; there is nothing certain to check. */
export function analyzeText(input: string): AnyAnalysis {
  return {
    input,
    normalized: collapseWhitespace(input),
    findings: [],
    verdict: verdictOf(input, []),
    facts: {},
  };
}

function formatAnalyzer(format: Format, env: AnalyzerEnv): Analyzer {
  switch (format) {
    case 'email':
      return analyzeEmail;
    case 'phone':
      return analyzePhone;
    case 'url':
      return analyzeWebsite;
    case 'date':
      return dateAnalyzer({ now: () => env.now });
    case 'person_name':
      return analyzePersonName;
    case 'company':
      return analyzeCompany;
    case 'job_title':
      return analyzeJobTitle;
    case 'state':
      return analyzeState;
    case 'postcode':
      return analyzePostcode;
  }
}

const KIND_FORMAT: Partial<Record<FieldKind, Format>> = {
  'person-name': 'person_name',
  email: 'email',
  phone: 'phone',
  company: 'company',
  website: 'url',
  'job-title': 'job_title',
  state: 'state',
  postcode: 'postcode',
  date: 'date',
};

/**
 * Formats whose reading depends on the record's country: the default region of a phone, the day/month
 * order of a date, a state's or postcode's country, the legal forms of the country a company is in
 * ("Inc." is American in the US, one of four countries' without one), the honorifics used there.
 */
const COUNTRY_DEPENDENT: ReadonlySet<Format> = new Set([
  'phone',
  'state',
  'postcode',
  'date',
  'company',
  'person_name',
]);

export interface FieldAnalyzer {
  analyze: Analyzer;
  /** Whether the result depends on the record's country (then memo keys include it). */
  byCountry: boolean;
  /** Whether memoising pays: not for free text, whose check is cheaper than a lookup. */
  memo?: false;
}

/** The analyzer of a field: the picklist rule's list, else the format rule's, else the field kind's. */
export function analyzerFor(
  field: FieldRef,
  format: Format | undefined,
  picklist: PicklistRule | undefined,
  env: AnalyzerEnv,
): FieldAnalyzer | undefined {
  if (picklist) return { analyze: picklistRuleAnalyzer(field, picklist), byCountry: false };
  const kind = isContactField(field) ? FIELD_KIND[field] : 'text';
  const chosen = format ?? KIND_FORMAT[kind];
  if (chosen) return { analyze: formatAnalyzer(chosen, env), byCountry: COUNTRY_DEPENDENT.has(chosen) };
  if (kind === 'country') return { analyze: countryAnalyzer(), byCountry: false };
  if (field === 'lead_source') return { analyze: analyzeLeadSource, byCountry: false };
  if (field === 'lifecycle_stage') return { analyze: analyzeLifecycleStage, byCountry: false };
  if (kind === 'text') return { analyze: analyzeText, byCountry: false, memo: false };
  return undefined;
}

function picklistRuleAnalyzer(field: FieldRef, rule: PicklistRule): Analyzer {
  if (rule.preset === 'country') return countryListAnalyzer(rule);
  return picklistAnalyzer({
    field,
    allowed: rule.values,
    caseSensitive: rule.case_sensitive,
    output: rule.output,
  });
}

/**
 * The country list: every ISO country in many languages, plus the config's own spellings. A config
 * spelling wins over kempt's reading ("Murica" → US).
 */
function countryListAnalyzer(rule: PicklistRule): Analyzer {
  const analyze = countryAnalyzer({ output: rule.output === 'label' ? 'name' : 'alpha2' });
  const extra = new Map<string, string>();
  for (const option of rule.values) {
    const code = countryCode(option.value) ?? option.value.toUpperCase();
    for (const spelling of [option.label, ...(option.synonyms ?? [])])
      if (spelling) extra.set(foldPicklistKey(spelling), code);
  }
  if (extra.size === 0) return analyze;
  return (input, ctx) => {
    const code = input.length <= 200 ? extra.get(foldPicklistKey(input)) : undefined;
    return code === undefined ? analyze(input, ctx) : { ...analyze(code, ctx), input };
  };
}

/** Runs an analyzer within the length bound; undefined for a blank value. */
export function runAnalyzer(analyze: Analyzer, input: string, ctx: FieldContext): AnyAnalysis | undefined {
  if (input.length > MAX_VALUE_LENGTH) return tooLong(input, ctx.field);
  const result = analyze(input, ctx);
  return result.verdict === 'empty' ? undefined : result;
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
