/** The picklist rule: allowed values with synonyms, optionally starting from a built-in list. */

import { z } from 'zod';
import { actionSchema } from './common-schemas.ts';
import { picklistProblems } from './picklist.ts';
import { checkOtherwise, common, otherwiseSchema } from './rule-common.ts';
import { PICKLIST_PRESETS } from './vocabulary.ts';
import { ALWAYS, type Ctx, choice, isRecord, report, strictObject } from './zod-kit.ts';

const spelling = z.string().min(1, 'an empty spelling matches nothing; remove it.').max(200);

export const picklistEntrySchema = z.union([
  spelling,
  strictObject(
    {
      value: spelling.describe('The value stored in the CRM.'),
      label: spelling
        .optional()
        .describe('How the value is shown; written instead of the value when output is label.'),
      synonyms: z
        .array(spelling)
        .optional()
        .describe('Spellings that certainly mean this value, e.g. "USA", "U.S.A.".'),
    },
    'a picklist value',
  ),
]);

const valuesSchema = z
  .array(picklistEntrySchema)
  .min(1, 'list at least one value, or leave "values" out and use a preset.');

export const picklistSchema = strictObject(
  {
    type: z.literal('picklist'),
    preset: choice(PICKLIST_PRESETS, 'preset')
      .optional()
      .describe(
        'Start from a built-in list: lead_source and lifecycle_stage (HubSpot values), country (every ISO country, names in many languages).',
      ),
    values: valuesSchema
      .optional()
      .describe(
        'Allowed values. With a preset, a value naming a preset value adds synonyms to it; others are added.',
      ),
    case_sensitive: z.boolean().default(false),
    output: choice(['label', 'value'], 'output')
      .default('label')
      .describe(
        'What a fix writes: the label ("United States", "Paid Search") or the value ("US", "PAID_SEARCH").',
      ),
    action: actionSchema,
    otherwise: otherwiseSchema.optional(),
    ...common,
  },
  'a picklist rule',
)
  .describe('The value must be one of a fixed list; fix replaces a known synonym with its value.')
  .superRefine((value, ctx) => {
    checkOtherwise(value, ctx);
    checkPicklist(value, ctx);
  }, ALWAYS);

function checkPicklist(value: unknown, ctx: Ctx): void {
  if (!isRecord(value)) return;
  if (value.preset === undefined && value.values === undefined) {
    report(
      ctx,
      [],
      'a picklist needs its allowed values: add "values", or "preset" to start from a built-in list.',
    );
    return;
  }
  const preset = choice(PICKLIST_PRESETS, 'preset').optional().safeParse(value.preset);
  const values = valuesSchema.optional().safeParse(value.values);
  if (!preset.success || !values.success) return;
  const caseSensitive = value.case_sensitive === true;
  for (const p of picklistProblems({
    preset: preset.data,
    values: values.data,
    case_sensitive: caseSensitive,
  }))
    report(ctx, p.path, p.message);
}
