/**
 * Field rules, one schema per field kind: a rule type only appears where it means something
 * (email_domain on email fields, field_check with the finding codes of that field's module), so
 * the editor's completion and the error messages are specific to the field.
 */

import { z } from 'zod';
import type { FieldKind } from '../../record/fields.ts';
import { actionSchema, fallbackActionSchema, noFixActionSchema } from './common-schemas.ts';
import { emailDomainSchema } from './email-domain-schema.ts';
import { FINDING_CODES } from './finding-codes.ts';
import { FLAGS, FLAGS_MESSAGE, patternProblem } from './pattern.ts';
import { picklistSchema } from './picklist-schema.ts';
import { checkOtherwise, common, otherwiseSchema } from './rule-common.ts';
import { didYouMean, listWords } from './suggest.ts';
import { FORMATS_BY_KIND, RULE_TYPES, type RuleType } from './vocabulary.ts';
import { ALWAYS, type Ctx, choice, isRecord, report, strictObject } from './zod-kit.ts';

function formatRule(kind: FieldKind) {
  const formats = FORMATS_BY_KIND[kind] as [string, ...string[]];
  return strictObject(
    {
      type: z.literal('format'),
      format: choice(formats, 'format').optional(),
      action: actionSchema,
      otherwise: otherwiseSchema.optional(),
      ...common,
    },
    'a format rule',
  )
    .describe(
      "Checks the value with the field's own module; fix applies its certain corrections (E.164 phones, name casing, …).",
    )
    .superRefine((value, ctx) => {
      checkOtherwise(value, ctx);
      if (kind === 'text' && isRecord(value) && value.format === undefined)
        report(
          ctx,
          ['format'],
          `this field holds free text: say which format to check (${listWords(formats)}).`,
        );
    }, ALWAYS);
}

const regexRule = strictObject(
  {
    type: z.literal('regex'),
    pattern: z.string().min(1, 'the pattern is empty.'),
    flags: z.string().regex(FLAGS, FLAGS_MESSAGE).default(''),
    must: choice(['match', 'not_match'], '"must" setting').default('match'),
    action: noFixActionSchema('A regex rule'),
    ...common,
  },
  'a regex rule',
)
  .describe(
    'The value must (or must not) match a regular expression. Patterns that could backtrack catastrophically are refused.',
  )
  .superRefine((value, ctx) => {
    if (!isRecord(value) || typeof value.pattern !== 'string' || value.pattern === '') return;
    const flags = typeof value.flags === 'string' && FLAGS.test(value.flags) ? value.flags : '';
    const problem = patternProblem(value.pattern, flags);
    if (problem !== undefined) report(ctx, ['pattern'], problem);
  }, ALWAYS);

function boundsCheck(unit: string) {
  return (value: unknown, ctx: Ctx): void => {
    if (!isRecord(value)) return;
    const { min, max } = value;
    if (min === undefined && max === undefined) report(ctx, [], `give a min, a max or both (in ${unit}).`);
    else if (typeof min === 'number' && typeof max === 'number' && min > max)
      report(ctx, ['min'], `min (${min}) is larger than max (${max}), so no value could pass. Swap them.`);
  };
}

const lengthRule = strictObject(
  {
    type: z.literal('length'),
    min: z.int().min(0).optional(),
    max: z.int().min(1).optional(),
    action: noFixActionSchema('A length rule'),
    ...common,
  },
  'a length rule',
)
  .describe('The number of characters, after trimming, must be within min and max.')
  .superRefine(boundsCheck('characters'), ALWAYS);

const rangeRule = strictObject(
  {
    type: z.literal('range'),
    min: z.number().optional(),
    max: z.number().optional(),
    action: noFixActionSchema('A range rule'),
    ...common,
  },
  'a range rule',
)
  .describe('The value must be a number within min and max.')
  .superRefine(boundsCheck('the number itself'), ALWAYS);

function fieldCheckRule(kind: FieldKind) {
  const codes = FINDING_CODES[kind];
  const checks = strictObject(
    Object.fromEntries(codes.map((code) => [code, fallbackActionSchema.optional()])),
    `the ${kind} checks`,
    (key) =>
      `"${key}" is not a finding of the ${kind} checks.${didYouMean(key, codes)} Findings this field can report: ${codes.join(', ')}.`,
  );
  return strictObject({ type: z.literal('field_check'), checks, ...common }, 'a field_check rule')
    .describe(
      "Gives an action to findings of the field's own checks, e.g. { email.disposable: quarantine, email.role: warn }.",
    )
    .superRefine((value, ctx) => {
      if (isRecord(value) && isRecord(value.checks) && Object.keys(value.checks).length === 0)
        report(ctx, ['checks'], `map at least one finding code to an action, e.g. ${codes[0]}: warn.`);
    }, ALWAYS);
}

/** The rule types a field of this kind accepts. */
export function ruleTypesFor(kind: FieldKind): RuleType[] {
  return RULE_TYPES.filter((t) => {
    if (t === 'format') return FORMATS_BY_KIND[kind].length > 0;
    if (t === 'range') return kind === 'text';
    if (t === 'picklist') return kind === 'picklist' || kind === 'country' || kind === 'text';
    if (t === 'email_domain') return kind === 'email';
    if (t === 'field_check') return FINDING_CODES[kind].length > 0;
    return true;
  });
}

function withArticle(word: string): string {
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}

const WHY_NOT: Record<RuleType, string> = {
  regex: '',
  length: '',
  picklist: 'Picklist rules apply to picklist fields, the country and custom columns.',
  format: 'This field has no format of its own (picklists and the country are checked with type: picklist).',
  range: 'Range rules compare numbers (custom columns); use length to limit the number of characters.',
  email_domain: 'Email_domain rules check the domain of an email address.',
  field_check: 'This field has no built-in checks whose findings could be mapped.',
};

function typeMessage(kind: FieldKind, types: readonly RuleType[]) {
  return (iss: { input?: unknown }): string => {
    const input = isRecord(iss.input) ? iss.input.type : undefined;
    const allowed = listWords(types.map((t) => `"${t}"`));
    if (input === undefined) return `every rule needs a type: ${allowed}.`;
    if (typeof input === 'string' && (RULE_TYPES as readonly string[]).includes(input))
      return `${withArticle(input)} rule does not apply to ${withArticle(kind)} field. ${WHY_NOT[input as RuleType]} Rule types for this field: ${allowed}.`;
    const best = typeof input === 'string' ? didYouMeanType(input, types) : '';
    return `${JSON.stringify(input)} is not a rule type.${best} Rule types for this field: ${allowed}.`;
  };
}

function didYouMeanType(input: string, types: readonly RuleType[]): string {
  // "Email Domain", "email-domain": the words are right, only the separator is not.
  const snake = input.toLowerCase().replace(/[\s-]+/g, '_');
  return types.includes(snake as RuleType) ? ` Did you mean "${snake}"?` : didYouMean(input, types);
}

const cache = new Map<FieldKind, z.ZodType>();

/** The rule schema for fields of one kind, built once per kind so equal kinds share it. */
export function ruleSchemaFor(kind: FieldKind): z.ZodType {
  let schema = cache.get(kind);
  if (schema !== undefined) return schema;
  const types = ruleTypesFor(kind);
  const options = types.map((t) => {
    if (t === 'format') return formatRule(kind);
    if (t === 'regex') return regexRule;
    if (t === 'length') return lengthRule;
    if (t === 'range') return rangeRule;
    if (t === 'picklist') return picklistSchema;
    if (t === 'email_domain') return emailDomainSchema;
    return fieldCheckRule(kind);
  });
  schema = z.discriminatedUnion('type', options as unknown as [typeof regexRule], {
    error: typeMessage(kind, types),
  });
  cache.set(kind, schema);
  return schema;
}
