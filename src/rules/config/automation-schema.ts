/** Automations: ordered when/then steps that fix data as it enters, each step recorded as changes. */

import { z } from 'zod';
import { countryCode } from '../../fields/country/index.ts';
import { FIELD_NAMES_JSON, fieldRefSchema, idSchema, unknownFieldMessage } from './common-schemas.ts';
import { whenSchema } from './condition-schema.ts';
import { listWords } from './suggest.ts';
import { DERIVATION_NAMES, isFieldRef, STEP_VERBS } from './vocabulary.ts';
import { ALWAYS, type Ctx, choice, isRecord, report, scalarSchema, strictObject } from './zod-kit.ts';

const ownerSchema = z.string().min(1, 'an owner cannot be empty.').max(200);

/** `{ field: value }` maps for set and default. */
const fieldValuesSchema = z
  .record(z.string(), scalarSchema)
  .superRefine((value, ctx) => {
    if (!isRecord(value)) return;
    const keys = Object.keys(value);
    if (keys.length === 0)
      report(ctx, [], 'name at least one field and its value, e.g. { lead_source: WEBSITE }.');
    for (const key of keys) if (!isFieldRef(key)) report(ctx, [key], unknownFieldMessage(key), true);
  }, ALWAYS)
  .meta({ propertyNames: FIELD_NAMES_JSON });

const assignOwnerSchema = strictObject(
  {
    round_robin: z
      .array(ownerSchema)
      .min(1, 'list at least one owner.')
      .optional()
      .describe('Owners taken in turn.'),
    by_country: z
      .record(z.string(), ownerSchema)
      .optional()
      .describe('Territories: country (ISO code or English name) → owner.'),
    otherwise: ownerSchema.optional().describe('Owner for countries not listed in by_country.'),
    overwrite: z
      .boolean()
      .default(false)
      .describe('Replace an owner already set (default: only fill an empty owner).'),
  },
  'assign_owner',
).superRefine(checkAssignOwner, ALWAYS);

function checkAssignOwner(value: unknown, ctx: Ctx): void {
  if (!isRecord(value)) return;
  if ((value.round_robin === undefined) === (value.by_country === undefined))
    report(ctx, [], 'choose one way to assign: "round_robin: [owner, …]" or "by_country: { DE: owner, … }".');
  if (value.otherwise !== undefined && value.by_country === undefined)
    report(ctx, ['otherwise'], '"otherwise" only goes with "by_country".', true);
  if (!isRecord(value.by_country)) return;
  const seen = new Map<string, string>();
  for (const key of Object.keys(value.by_country)) {
    const code = countryCode(key);
    const path = ['by_country', key];
    if (code === undefined)
      report(
        ctx,
        path,
        `"${key}" is not a country kempt recognises. Write its ISO code ("DE") or English name ("Germany").`,
        true,
      );
    else if (seen.has(code))
      report(ctx, path, `"${key}" and "${seen.get(code)}" are the same country (${code}). Keep one.`, true);
    else seen.set(code, key);
  }
}

const tagSchema = z.string().min(1, 'a tag cannot be empty.').max(64);

const stepSchema = strictObject(
  {
    set: fieldValuesSchema.optional().describe('Set fields to values: { lifecycle_stage: lead }.'),
    default: fieldValuesSchema.optional().describe('Set fields only when empty: { lead_source: WEBSITE }.'),
    derive: choice(DERIVATION_NAMES as [string, ...string[]], 'derivation')
      .optional()
      .describe(
        'Fill a field from another: company_domain_from_email (work addresses only) → website, country_from_phone → country, seniority_from_title → custom.seniority, department_from_title → custom.department.',
      ),
    into: fieldRefSchema.optional().describe('For derive: the field to fill instead of the default one.'),
    overwrite: z.boolean().optional().describe('For derive: replace a value already there (default false).'),
    assign_owner: assignOwnerSchema.optional(),
    tag: z
      .union([tagSchema, z.array(tagSchema).min(1)])
      .optional()
      .describe('Tags added to the record.'),
    flag_for_review: z
      .string()
      .min(1)
      .max(500)
      .optional()
      .describe('Flag the record for a person to review, with the reason.'),
  },
  'an automation step',
).superRefine(checkStep, ALWAYS);

function checkStep(value: unknown, ctx: Ctx): void {
  if (!isRecord(value)) return;
  const verbs = STEP_VERBS.filter((v) => value[v] !== undefined);
  if (verbs.length === 0)
    report(ctx, [], `each step does one thing: ${listWords(STEP_VERBS.map((v) => `"${v}"`))}.`);
  else if (verbs.length > 1)
    report(
      ctx,
      [verbs[1]!],
      `one step does one thing, and this one has both "${verbs[0]}" and "${verbs[1]}". Split it into two steps, each starting with "- ".`,
      true,
    );
  for (const key of ['into', 'overwrite'])
    if (value[key] !== undefined && value.derive === undefined)
      report(ctx, [key], `"${key}" only goes with "derive".`, true);
}

export const automationSchema = strictObject(
  {
    id: idSchema,
    description: z.string().max(500).optional(),
    when: whenSchema.optional(),
    // biome-ignore lint/suspicious/noThenProperty: "when/then" is the config's own vocabulary
    then: z.array(stepSchema).min(1, 'list at least one step under "then".'),
  },
  'an automation',
).describe('When the conditions hold, the steps run in order; automations run in the order written.');

export type AutomationInput = z.output<typeof automationSchema>;
