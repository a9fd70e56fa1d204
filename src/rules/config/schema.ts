/**
 * The kempt config schema: `configInputSchema` checks the file as written (every error at once,
 * with its path); `configSchema` also resolves it into the typed `ResolvedConfig` the rules engine
 * reads. This is the one place configuration is validated.
 */

import { z } from 'zod';
import { countryCode } from '../../fields/country/index.ts';
import { CONTACT_FIELDS, FIELD_KIND, type FieldKind } from '../../record/fields.ts';
import { automationSchema } from './automation-schema.ts';
import { perChannel, requiredValueSchema, unknownFieldMessage } from './common-schemas.ts';
import { checkCycles, crossChecks } from './cross-checks.ts';
import type { ConfigInput } from './input-types.ts';
import { recordRuleSchema } from './record-rule-schema.ts';
import { resolveConfig } from './resolve.ts';
import { ruleSchemaFor } from './rule-schemas.ts';
import { describeValue } from './suggest.ts';
import { CHANNELS } from './vocabulary.ts';
import { ALWAYS, strictObject } from './zod-kit.ts';

const countrySchema = z.string().refine((v) => countryCode(v) !== undefined, {
  error: (iss) =>
    `${describeValue(iss.input)} is not a country kempt recognises. Write its ISO code ("DE") or English name ("Germany").`,
});

const channelSettingsSchema = strictObject(
  {
    default_country: countrySchema
      .optional()
      .describe(
        'Country assumed for records from this channel that name none (phone numbers without +, dates).',
      ),
  },
  'channel settings',
);

const channelsSchema = strictObject(
  Object.fromEntries(CHANNELS.map((c) => [c, channelSettingsSchema.nullish()])),
  'the channels section',
).describe(`Settings per entry point: ${CHANNELS.join(', ')}.`);

const fieldConfigs = new Map<FieldKind, z.ZodType>();

function fieldConfigSchema(kind: FieldKind): z.ZodType {
  let schema = fieldConfigs.get(kind);
  if (schema === undefined) {
    schema = strictObject(
      {
        required: perChannel(requiredValueSchema, 'a per-channel required setting')
          .optional()
          .describe(
            'true (required everywhere), or per channel: { default: false, import: true }. true blocks a blank value on form and api and quarantines it elsewhere; an action (block, quarantine, warn) says what happens instead.',
          ),
        rules: z.array(ruleSchemaFor(kind)).optional(),
      },
      'a field',
    );
    fieldConfigs.set(kind, schema);
  }
  return schema;
}

const fieldsSchema = strictObject(
  Object.fromEntries(CONTACT_FIELDS.map((f) => [f, fieldConfigSchema(FIELD_KIND[f]).nullish()])),
  'the fields section',
  (key) => `${unknownFieldMessage(key)} Custom columns are configured under custom_fields.`,
).describe('Requirements and rules per contact field.');

const customFieldsSchema = z
  .record(z.string().min(1).max(200), fieldConfigSchema('text').nullable())
  .describe(
    'Requirements and rules for custom CRM columns, by column name (referred to elsewhere as custom.<column>).',
  );

/** A field a role may write: a contact field, custom.<column>, custom.* or * (every field). */
const writableField = z
  .string()
  .refine(
    (f) =>
      f === '*' ||
      f === 'custom.*' ||
      f.startsWith('custom.') ||
      (CONTACT_FIELDS as readonly string[]).includes(f),
    {
      error: (iss) =>
        `${describeValue(iss.input)} is not a field: write a contact field, custom.<column>, custom.* or *.`,
    },
  );

const accessSchema = strictObject(
  {
    roles: z
      .record(
        z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/, 'a role name is lower case letters, digits, - and _'),
        strictObject(
          { write: z.array(writableField).describe('Fields the role may write; [] reads only.') },
          'a role',
        ),
      )
      .optional()
      .describe(
        'Roles of the service and the fields each may write; these replace or add to the shipped roles (admin, revops, sales, marketing, viewer).',
      ),
  },
  'the access section',
).describe('Who may write what, for every channel that writes (API, form, import, sync).');

const automationsSchema = z
  .array(automationSchema)
  .superRefine(checkCycles, ALWAYS)
  .describe('Ordered when/then automations that fix data as it enters.');

export const configInputSchema = strictObject(
  {
    version: z.literal(1, {
      error: (iss) =>
        iss.input === undefined
          ? 'start the file with "version: 1", the version of the config format.'
          : `this kempt reads config version 1; the file says ${describeValue(iss.input)}.`,
    }),
    // A section left empty ("fields:" and nothing under it) is read as absent, not as an error.
    channels: channelsSchema.nullish(),
    fields: fieldsSchema.nullish(),
    custom_fields: customFieldsSchema.nullish(),
    record_rules: z.array(recordRuleSchema).nullish().describe('Conditions across fields.'),
    automations: automationsSchema.nullish(),
    access: accessSchema.nullish(),
    duplicates: z
      .unknown()
      .optional()
      .describe('Reserved for duplicate-matching settings (a later version); accepted and not yet checked.'),
  },
  'the config',
).superRefine(crossChecks, ALWAYS);

export const configSchema = configInputSchema.transform((input) =>
  resolveConfig(input as unknown as ConfigInput),
);

export type ResolvedConfig = z.infer<typeof configSchema>;
