/** Says in words what a certain fix did, for the changes file: a reviewer reads this, not a diff. */

import { collapseWhitespace } from '../fields/text.ts';
import type { FieldRef } from '../rules/config/index.ts';

const BY_FIELD: Partial<Record<FieldRef, string>> = {
  email: 'email address normalized (domain lowercased, mailto:/brackets/junk removed, certain typo fixed)',
  phone: 'phone number written in E.164 international format',
  mobile: 'phone number written in E.164 international format',
  state: 'state written as its official code',
  website: 'website URL normalized',
  company: 'company name standardized (legal form spelling, casing)',
  job_title: 'job title standardized (abbreviation expanded or casing fixed)',
  postcode: 'postcode written in the format of its country',
  lead_source: 'mapped to the allowed lead source',
  lifecycle_stage: 'mapped to the allowed lifecycle stage',
  created_at: 'date written in ISO 8601',
  updated_at: 'date written in ISO 8601',
  last_activity_at: 'date written in ISO 8601',
};

export function describeChange(field: FieldRef, before: string, after: string): string {
  if (collapseWhitespace(before) === after) return 'extra spaces and invisible characters removed';
  if (before.toLowerCase() === after.toLowerCase()) return 'letter case fixed';
  if (field === 'country')
    return after.length === 2
      ? 'country written as its ISO 3166-1 code'
      : 'country written as its English name';
  return BY_FIELD[field] ?? 'standardized';
}
