/** The settings every field rule shares: id, channels, message, and `otherwise` for fix rules. */

import {
  channelListSchema,
  fallbackActionSchema,
  idSchema,
  messageSchema,
  perChannel,
} from './common-schemas.ts';
import { type Ctx, isRecord, report } from './zod-kit.ts';

export const common = {
  id: idSchema.optional(),
  channels: channelListSchema.optional(),
  message: messageSchema.optional(),
};

export const otherwiseSchema = perChannel(fallbackActionSchema, 'a per-channel action').describe(
  'For action fix: what to do when no certain fix exists (block, quarantine or warn; default warn). A map per channel is allowed: { default: warn, import: quarantine }.',
);

/** `otherwise` says what happens when a fix is impossible, so it belongs to fix rules only. */
export function checkOtherwise(value: unknown, ctx: Ctx): void {
  if (isRecord(value) && value.otherwise !== undefined && value.action !== 'fix')
    report(
      ctx,
      ['otherwise'],
      '"otherwise" only applies to rules whose action is fix: it says what to do when no certain fix exists. Remove it, or set action: fix.',
      true,
    );
}
