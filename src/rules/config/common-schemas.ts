/** Small schemas shared by rules, record rules and automations: ids, channels, actions, field names. */

import { z } from 'zod';
import { CONTACT_FIELDS } from '../../record/fields.ts';
import { describeValue, didYouMean, listWords } from './suggest.ts';
import { ACTIONS, CHANNELS, CUSTOM_PREFIX, FALLBACK_ACTIONS, ID_PATTERN, isFieldRef } from './vocabulary.ts';
import { choice, strictObject } from './zod-kit.ts';

export const idSchema = z
  .string({
    error: (iss) =>
      iss.input === undefined
        ? 'every automation needs an id (e.g. id: lead-source-from-form), so the changes it makes can be traced and undone.'
        : `an id is text; found ${describeValue(iss.input)}.`,
  })
  .regex(
    ID_PATTERN,
    'an id may use letters, digits, ".", "_" and "-" (at most 64 characters) and must start with a letter or digit.',
  )
  .describe('A unique name, recorded on every finding and change this produces.');

export const channelSchema = choice(CHANNELS, 'channel');

export const channelListSchema = z
  .array(channelSchema)
  .min(1, 'list at least one channel, or leave "channels" out to apply everywhere.')
  .describe(`Where this applies: ${CHANNELS.join(', ')}. Default: everywhere.`);

export const actionSchema = choice(ACTIONS, 'action').describe(
  'block: reject with a clear error; quarantine: keep aside for review; fix: apply the certain correction and record it; warn: accept and flag.',
);

export const fallbackActionSchema = choice(FALLBACK_ACTIONS, 'action');

/** An action for a rule that cannot produce a corrected value. */
export function noFixActionSchema(ruleName: string) {
  return choice(
    FALLBACK_ACTIONS,
    'action',
    ` ${ruleName} cannot fix a value because it cannot know the right one.`,
  );
}

export const messageSchema = z
  .string()
  .min(1)
  .max(500)
  .describe('What the person entering the record is told, e.g. "Please use your work email."');

const FIELD_CANDIDATES = [...CONTACT_FIELDS];

/** The message for a name that is neither a contact field nor `custom.<column>`. */
export function unknownFieldMessage(name: string, extra: readonly string[] = []): string {
  return `"${name}" is not a field kempt knows.${didYouMean(name, [...FIELD_CANDIDATES, ...extra])} Use a contact field (${FIELD_CANDIDATES.join(', ')}) or a custom CRM column as ${CUSTOM_PREFIX}<column>.`;
}

export const fieldRefSchema = z
  .string({ error: (iss) => `a field name is text; found ${describeValue(iss.input)}.` })
  .refine((name) => isFieldRef(name), { error: (iss) => unknownFieldMessage(String(iss.input)) })
  .describe(`A contact field (${FIELD_CANDIDATES.join(', ')}) or custom.<column>.`);

/** JSON Schema for keys that name a field, so editors complete field names. */
export const FIELD_NAMES_JSON = { anyOf: [{ enum: FIELD_CANDIDATES }, { pattern: '^custom\\..+' }] };

export const fieldListSchema = z.array(fieldRefSchema).min(1, 'list at least one field.');

/** `value`, or a map per channel with an optional `default` for the channels not named. */
export function perChannel<T extends z.ZodType>(value: T, owner: string) {
  const byChannel = strictObject(
    {
      default: value.optional(),
      form: value.optional(),
      api: value.optional(),
      import: value.optional(),
      sync: value.optional(),
      cli: value.optional(),
    } satisfies Record<'default' | (typeof CHANNELS)[number], z.ZodOptional<T>>,
    owner,
  );
  return z.union([value, byChannel]);
}

export const requiredValueSchema = z.union([
  z.boolean(),
  z.enum(FALLBACK_ACTIONS, {
    error: (iss) =>
      `write true, false, or what to do when the value is missing (${listWords(FALLBACK_ACTIONS.map((a) => `"${a}"`))}); found ${describeValue(iss.input)}.`,
  }),
]);
