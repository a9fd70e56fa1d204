/**
 * A generic picklist analyzer: maps the spellings people type onto a fixed set of allowed values.
 * A value, label or synonym maps with certainty (it becomes `normalized`); a hint only suggests,
 * because it names more than one allowed value (LinkedIn can be organic or paid social).
 */

import { collapseWhitespace, hasLooseWhitespace } from '../text.ts';
import type { FieldAnalysis, FieldContext, Finding } from '../types.ts';
import { verdictOf } from '../types.ts';
import { editDistance, foldPicklistKey, suggestionBudget } from './fold.ts';

export interface PicklistOption {
  /** The CRM's internal value, e.g. HubSpot's `marketingqualifiedlead`. */
  value: string;
  /** The display label, e.g. `Marketing Qualified Lead`; defaults to `value`. */
  label?: string;
  /** Spellings that certainly mean this option. */
  synonyms?: readonly string[];
  /** Spellings that probably mean this option but could mean another: suggested, never applied. */
  hints?: readonly string[];
}

export interface PicklistOptions {
  /** The picklist's name, used in messages and as the finding field when no context is given. */
  field: string;
  allowed: readonly PicklistOption[];
  /** Fold case too (default). With `true`, "paid search" no longer matches "Paid Search". */
  caseSensitive?: boolean;
  /** Whether `normalized` holds the label (default) or the internal value. */
  output?: 'label' | 'value';
}

export type PicklistFindingCode = 'picklist.unknown' | 'picklist.ambiguous';

export interface PicklistFacts {
  /** Internal value of the matched option (certain matches only). */
  value?: string;
  label?: string;
}

export type PicklistAnalysis = FieldAnalysis<PicklistFacts>;

interface Resolution {
  option?: PicklistOption;
  hint?: PicklistOption;
  suggestion?: PicklistOption;
}

// Picklist columns have few distinct values, so resolutions are cached; the bound keeps a column
// of free text from growing the cache without limit.
const CACHE_LIMIT = 4096;
const MAX_FUZZY_LENGTH = 64;

/** Builds an analyzer for one picklist; throws when two options claim the same spelling. */
export function picklistAnalyzer(
  options: PicklistOptions,
): (input: string, ctx?: FieldContext) => PicklistAnalysis {
  const caseSensitive = options.caseSensitive ?? false;
  const useLabel = (options.output ?? 'label') === 'label';
  const certain = new Map<string, PicklistOption>();
  const hinted = new Map<string, PicklistOption>();
  for (const option of options.allowed) {
    const spellings = [option.value, option.label ?? option.value, ...(option.synonyms ?? [])];
    for (const s of spellings) claim(certain, foldPicklistKey(s, caseSensitive), option, options.field);
    for (const s of option.hints ?? [])
      claim(hinted, foldPicklistKey(s, caseSensitive), option, options.field);
  }
  for (const key of hinted.keys()) {
    if (certain.has(key))
      throw new Error(`Picklist "${options.field}": "${key}" is both a synonym and a hint.`);
  }
  const fuzzyKeys = [...certain.entries()];
  const cache = new Map<string, Resolution>();
  const defaultCtx: FieldContext = { field: options.field };
  const outputOf = (o: PicklistOption): string => (useLabel ? (o.label ?? o.value) : o.value);

  function resolve(value: string): Resolution {
    const key = foldPicklistKey(value, caseSensitive);
    const option = certain.get(key);
    if (option !== undefined) return { option };
    const hint = hinted.get(key);
    if (hint !== undefined) return { hint };
    const suggestion = closest(key, fuzzyKeys);
    return suggestion === undefined ? {} : { suggestion };
  }

  return function analyzePicklist(input: string, ctx: FieldContext = defaultCtx): PicklistAnalysis {
    const value = hasLooseWhitespace(input) ? collapseWhitespace(input) : input;
    if (value === '') return { input, normalized: '', findings: [], verdict: 'empty', facts: {} };
    let r = cache.get(value);
    if (r === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      r = resolve(value);
      cache.set(value, r);
    }
    if (r.option !== undefined) {
      const facts = { value: r.option.value, label: r.option.label ?? r.option.value };
      return { input, normalized: outputOf(r.option), findings: [], verdict: 'valid', facts };
    }
    const findings = [unmatchedFinding(value, r, ctx, options.field, outputOf)];
    return { input, normalized: value, findings, verdict: verdictOf(input, findings), facts: {} };
  };
}

function claim(map: Map<string, PicklistOption>, key: string, option: PicklistOption, field: string): void {
  if (key === '')
    throw new Error(`Picklist "${field}": a spelling of "${option.value}" has no letters or digits.`);
  const owner = map.get(key);
  if (owner !== undefined && owner !== option) {
    throw new Error(
      `Picklist "${field}": "${key}" is claimed by both "${owner.value}" and "${option.value}".`,
    );
  }
  map.set(key, option);
}

// The unique nearest option within the edit budget; a tie between two options suggests nothing.
function closest(key: string, keys: readonly [string, PicklistOption][]): PicklistOption | undefined {
  const budget = suggestionBudget(key.length);
  if (budget === 0 || key.length > MAX_FUZZY_LENGTH) return undefined;
  let best: PicklistOption | undefined;
  let bestDistance = budget + 1;
  let tied = false;
  for (const [candidate, option] of keys) {
    const d = editDistance(key, candidate, budget);
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
      tied = false;
    } else if (d === bestDistance && option !== best) {
      tied = true;
    }
  }
  return tied ? undefined : best;
}

function unmatchedFinding(
  value: string,
  r: Resolution,
  ctx: FieldContext,
  name: string,
  outputOf: (o: PicklistOption) => string,
): Finding {
  const field = ctx.field;
  if (r.hint !== undefined) {
    const likely = outputOf(r.hint);
    const message = `"${value}" could mean more than one ${name} value; "${likely}" is the likely one.`;
    return { code: 'picklist.ambiguous', field, severity: 'warning', message, suggestion: likely };
  }
  const message = `"${value}" is not one of the allowed ${name} values.`;
  const f: Finding = { code: 'picklist.unknown', field, severity: 'warning', message };
  if (r.suggestion !== undefined) f.suggestion = outputOf(r.suggestion);
  return f;
}
