/** The email_domain rule: allowed and blocked domains, with the shortcuts `free` and `disposable`. */

import { z } from 'zod';
import { noFixActionSchema } from './common-schemas.ts';
import { common } from './rule-common.ts';
import { describeValue, didYouMean } from './suggest.ts';
import { DOMAIN_SHORTCUTS } from './vocabulary.ts';
import { ALWAYS, type Ctx, isRecord, report, strictObject } from './zod-kit.ts';

const DOMAIN = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]{2,63}$/u;

/** Why an entry is neither a domain nor a shortcut; undefined when it is fine. */
export function domainEntryProblem(entry: string): string | undefined {
  if ((DOMAIN_SHORTCUTS as readonly string[]).includes(entry)) return undefined;
  if (entry.startsWith('@')) return `write the domain without "@": "${entry.slice(1)}".`;
  if (entry.includes('://') || entry.includes('/'))
    return `write just the domain ("example.com"), not a web address.`;
  if (DOMAIN.test(entry)) return undefined;
  return `${describeValue(entry)} is not a domain or a shortcut.${didYouMean(entry, DOMAIN_SHORTCUTS)} Write a domain such as "example.com", or "free" (free mail providers) or "disposable" (throwaway addresses).`;
}

const entrySchema = z.string().superRefine((entry, ctx) => {
  const problem = domainEntryProblem(entry);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
});

const listSchema = z
  .array(entrySchema)
  .min(1, 'list at least one domain or shortcut.')
  .describe('Domains (a domain also covers its subdomains), or the shortcuts "free" and "disposable".');

export const emailDomainSchema = strictObject(
  {
    type: z.literal('email_domain'),
    allow: listSchema.optional().describe('Only these domains are accepted.'),
    block: listSchema
      .optional()
      .describe('These domains are refused, e.g. [free, disposable] on a B2B form.'),
    action: noFixActionSchema('An email_domain rule'),
    ...common,
  },
  'an email_domain rule',
)
  .describe('Accepts or refuses an address by its domain.')
  .superRefine(checkLists, ALWAYS);

function checkLists(value: unknown, ctx: Ctx): void {
  if (!isRecord(value)) return;
  if (value.allow === undefined && value.block === undefined) {
    report(ctx, [], 'give an "allow" list, a "block" list or both.');
    return;
  }
  if (!Array.isArray(value.allow) || !Array.isArray(value.block)) return;
  const allowed = new Set(value.allow.map((d) => String(d).toLowerCase()));
  value.block.forEach((d, i) => {
    if (allowed.has(String(d).toLowerCase()))
      report(
        ctx,
        ['block', i],
        `"${String(d)}" is both allowed and blocked. Remove it from one of the lists.`,
      );
  });
}
