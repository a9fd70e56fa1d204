/**
 * `when`: the conditions of record rules and automations. Each key is a field (or `channel`), each
 * value one comparison; all must hold. A bare value is shorthand for `equals`.
 */

import { z } from 'zod';
import { FIELD_KIND, isContactField } from '../../record/fields.ts';
import { channelSchema, FIELD_NAMES_JSON, unknownFieldMessage } from './common-schemas.ts';
import { FLAGS, FLAGS_MESSAGE, patternProblem } from './pattern.ts';
import { listWords } from './suggest.ts';
import { CONDITION_OPERATORS, isFieldRef, VALUE_QUALITIES, VALUE_QUALITY_NAMES } from './vocabulary.ts';
import { ALWAYS, type Ctx, choice, isRecord, report, scalarSchema, strictObject } from './zod-kit.ts';

const valuesSchema = z.array(scalarSchema).min(1, 'list at least one value.');

export const conditionObjectSchema = strictObject(
  {
    equals: scalarSchema.optional(),
    not_equals: scalarSchema.optional(),
    in: valuesSchema.optional(),
    not_in: valuesSchema.optional(),
    empty: z.boolean().optional(),
    not_empty: z.boolean().optional(),
    matches: z.string().min(1).optional().describe('A regular expression the value must match.'),
    flags: z.string().regex(FLAGS, FLAGS_MESSAGE).optional(),
    is: choice(VALUE_QUALITY_NAMES as [string, ...string[]], 'value quality')
      .optional()
      .describe(
        `What kempt's checks found the value to be: ${VALUE_QUALITY_NAMES.join(', ')} (e.g. email: { is: free_email }).`,
      ),
    is_not: choice(VALUE_QUALITY_NAMES as [string, ...string[]], 'value quality')
      .optional()
      .describe('The opposite of is (a blank value is none of them).'),
  },
  'a condition',
).superRefine(checkCondition, ALWAYS);

function checkCondition(value: unknown, ctx: Ctx): void {
  if (!isRecord(value)) return;
  const used = CONDITION_OPERATORS.filter((op) => value[op] !== undefined);
  if (used.length === 0)
    report(ctx, [], `say how to compare: ${listWords(CONDITION_OPERATORS.map((o) => `"${o}"`))}.`);
  else if (used.length > 1)
    report(
      ctx,
      [used[1]!],
      `one comparison per field: this condition has both "${used[0]}" and "${used[1]}". Keep one (use "in" for several values).`,
      true,
    );
  if (value.flags !== undefined && value.matches === undefined)
    report(ctx, ['flags'], '"flags" only goes with "matches".', true);
  if (typeof value.matches === 'string' && value.matches !== '') {
    const flags = typeof value.flags === 'string' && FLAGS.test(value.flags) ? value.flags : '';
    const problem = patternProblem(value.matches, flags);
    if (problem !== undefined) report(ctx, ['matches'], problem);
  }
}

export const fieldConditionSchema = z
  .union([scalarSchema, conditionObjectSchema])
  .describe(`A value (shorthand for equals), or one of: ${CONDITION_OPERATORS.join(', ')}.`);

const channelChoiceSchema = strictObject(
  {
    is: channelSchema.optional(),
    in: z.array(channelSchema).min(1, 'list at least one channel.').optional(),
  },
  'a channel condition',
).superRefine((value, ctx) => {
  if (isRecord(value) && (value.is === undefined) === (value.in === undefined))
    report(ctx, [], 'write either "is: <channel>" or "in: [<channel>, …]".');
}, ALWAYS);

export const channelConditionSchema = z
  .union([channelSchema, z.array(channelSchema).min(1), channelChoiceSchema])
  .describe(
    'The channel the record arrives through: a channel, a list, { is: form } or { in: [form, api] }.',
  );

export const whenSchema = z
  .object({ channel: channelConditionSchema.optional() })
  .catchall(fieldConditionSchema)
  .superRefine((value, ctx) => {
    if (!isRecord(value)) return;
    for (const key of Object.keys(value)) {
      if (key !== 'channel' && !isFieldRef(key))
        report(ctx, [key], unknownFieldMessage(key, ['channel']), true);
      else qualityFitsField(key, value[key], ctx);
    }
  }, ALWAYS)
  .meta({
    description: 'Conditions that must all hold: field names (or channel) with one comparison each.',
    propertyNames: { anyOf: [{ enum: ['channel'] }, FIELD_NAMES_JSON] },
  });

/** `email: { is: mobile_phone }` can never hold: say so instead of letting the automation never run. */
function qualityFitsField(field: string, condition: unknown, ctx: Ctx): void {
  if (!isRecord(condition) || !isContactField(field)) return;
  for (const op of ['is', 'is_not'] as const) {
    const quality = condition[op];
    if (typeof quality !== 'string' || !(quality in VALUE_QUALITIES)) continue;
    const kind = VALUE_QUALITIES[quality as keyof typeof VALUE_QUALITIES];
    if (kind !== 'any' && FIELD_KIND[field] !== kind)
      report(
        ctx,
        [field, op],
        `"${quality}" describes ${kind === 'email' ? 'an email address' : 'a phone number'}, and ${field} is not one.`,
      );
  }
}
