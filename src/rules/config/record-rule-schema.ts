/** Record rules: conditions across fields, e.g. "lifecycle stage is customer ⇒ company required". */

import { z } from 'zod';
import {
  fallbackActionSchema,
  fieldListSchema,
  fieldRefSchema,
  idSchema,
  messageSchema,
} from './common-schemas.ts';
import { whenSchema } from './condition-schema.ts';
import { ALWAYS, isRecord, report, strictObject } from './zod-kit.ts';

export const recordRuleSchema = strictObject(
  {
    id: idSchema.optional(),
    when: whenSchema.optional(),
    require: fieldListSchema.optional().describe('Fields that must all be filled.'),
    require_any: z
      .array(fieldRefSchema)
      .min(2, 'require_any needs at least two fields; for one field use require.')
      .optional()
      .describe('Fields of which at least one must be filled, e.g. [email, phone].'),
    action: fallbackActionSchema,
    message: messageSchema.optional(),
  },
  'a record rule',
)
  .describe('When the conditions hold, the listed fields are required.')
  .superRefine((value, ctx) => {
    if (isRecord(value) && value.require === undefined && value.require_any === undefined)
      report(
        ctx,
        [],
        'say which fields are required: "require: [company]" or "require_any: [email, phone]".',
      );
  }, ALWAYS);

export type RecordRuleInput = z.output<typeof recordRuleSchema>;
