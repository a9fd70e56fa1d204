/**
 * The picklist field kind: ready analyzers for the built-in picklists and a dispatcher by field name.
 * A picklist kempt has no list for passes through trimmed, with no findings: without the allowed
 * values nothing can be judged.
 */

import { collapseWhitespace } from '../text.ts';
import type { FieldContext } from '../types.ts';
import type { PicklistAnalysis } from './analyzer.ts';
import { picklistAnalyzer } from './analyzer.ts';
import { LEAD_SOURCE_OPTIONS } from './lead-source.ts';
import { LIFECYCLE_STAGE_OPTIONS } from './lifecycle-stage.ts';

/** Lead source with HubSpot-style labels ("Paid Search"). */
export const analyzeLeadSource = picklistAnalyzer({ field: 'lead_source', allowed: LEAD_SOURCE_OPTIONS });

/** Lifecycle stage with HubSpot labels ("Marketing Qualified Lead"). */
export const analyzeLifecycleStage = picklistAnalyzer({
  field: 'lifecycle_stage',
  allowed: LIFECYCLE_STAGE_OPTIONS,
});

/** Analyzes a picklist value by `ctx.field`: `lead_source` and `lifecycle_stage` have built-in lists. */
export function analyzePicklist(input: string, ctx: FieldContext): PicklistAnalysis {
  if (ctx.field === 'lead_source') return analyzeLeadSource(input, ctx);
  if (ctx.field === 'lifecycle_stage') return analyzeLifecycleStage(input, ctx);
  const normalized = collapseWhitespace(input);
  const verdict = normalized === '' ? 'empty' : 'valid';
  return { input, normalized, findings: [], verdict, facts: {} };
}
