/**
 * The finding codes each field module can report, by field kind: what a `field_check` rule may map
 * to an action. The lists are typed against each module's code union, and `Complete` below fails to
 * compile when a module gains a code these lists miss.
 */

import type { CompanyFindingCode } from '../../fields/company/index.ts';
import type { CountryFindingCode, StateFindingCode } from '../../fields/country/index.ts';
import type { DateFindingCode } from '../../fields/date/index.ts';
import type { EmailFindingCode } from '../../fields/email/index.ts';
import type { JobTitleFindingCode } from '../../fields/job-title/index.ts';
import type { PersonNameFindingCode } from '../../fields/person-name/index.ts';
import type { PhoneFindingCode } from '../../fields/phone/index.ts';
import type { PicklistFindingCode } from '../../fields/picklist/index.ts';
import type { PostcodeFindingCode } from '../../fields/postcode/index.ts';
import type { WebsiteFindingCode } from '../../fields/website/index.ts';
import type { FieldKind } from '../../record/fields.ts';

const EMAIL = [
  'email.placeholder',
  'email.multiple',
  'email.syntax_invalid',
  'email.syntax_unusual',
  'email.unknown_tld',
  'email.dotless_domain',
  'email.typo_domain',
  'email.typo_fixed',
  'email.test',
  'email.disposable',
  'email.role',
  'email.free_provider',
] as const satisfies readonly EmailFindingCode[];

const PHONE = [
  'phone.invalid',
  'phone.unassigned',
  'phone.fake',
  'phone.no_region',
  'phone.missing_plus',
  'phone.region_mismatch',
  'phone.multiple',
  'phone.vanity',
  'phone.extension',
  'phone.premium',
  'phone.type',
] as const satisfies readonly PhoneFindingCode[];

const PERSON_NAME = [
  'name.test',
  'name.placeholder',
  'name.keyboard_mash',
  'name.contains_digits',
  'name.contains_email',
  'name.contains_url',
  'name.mojibake',
  'name.mixed_script',
  'name.too_long',
  'name.all_caps',
  'name.all_lower',
  'name.single_letter',
  'name.honorific',
] as const satisfies readonly PersonNameFindingCode[];

const COMPANY = [
  'company.placeholder',
  'company.test',
  'company.not_a_company',
  'company.legal_form_only',
  'company.email_in_name',
  'company.url_in_name',
  'company.legal_form',
  'company.all_caps',
  'company.all_lowercase',
  'company.too_long',
] as const satisfies readonly CompanyFindingCode[];

const WEBSITE = [
  'website.invalid',
  'website.placeholder',
  'website.tld_unknown',
  'website.ip_address',
  'website.social',
  'website.free_provider',
] as const satisfies readonly WebsiteFindingCode[];

const JOB_TITLE = [
  'job_title.placeholder',
  'job_title.unknown',
  'job_title.ambiguous',
  'job_title.not_a_title',
] as const satisfies readonly JobTitleFindingCode[];

const COUNTRY = [
  'country.unknown',
  'country.typo',
  'country.ambiguous',
  'country.subdivision',
  'country.placeholder',
] as const satisfies readonly CountryFindingCode[];

const STATE = [
  'state.unknown',
  'state.country_mismatch',
  'state.country_inferred',
] as const satisfies readonly StateFindingCode[];

const POSTCODE = [
  'postcode.invalid',
  'postcode.placeholder',
] as const satisfies readonly PostcodeFindingCode[];
const PICKLIST = ['picklist.unknown', 'picklist.ambiguous'] as const satisfies readonly PicklistFindingCode[];

const DATE = [
  'date.invalid',
  'date.ambiguous',
  'date.future',
  'date.too_old',
  'date.stale',
] as const satisfies readonly DateFindingCode[];

/** Finding codes by field kind; kinds without a checking module (free text, ids) have none. */
export const FINDING_CODES: Readonly<Record<FieldKind, readonly string[]>> = {
  email: EMAIL,
  phone: PHONE,
  'person-name': PERSON_NAME,
  company: COMPANY,
  website: WEBSITE,
  'job-title': JOB_TITLE,
  country: COUNTRY,
  state: STATE,
  postcode: POSTCODE,
  picklist: PICKLIST,
  date: DATE,
  text: [],
  id: [],
};

type Missing<Union, List extends readonly string[]> = Exclude<Union, List[number]>;
type AssertNone<T extends never> = T;
/** Compile-time only: each entry names the codes a list above misses (must be none). */
export type Complete = [
  AssertNone<Missing<EmailFindingCode, typeof EMAIL>>,
  AssertNone<Missing<PhoneFindingCode, typeof PHONE>>,
  AssertNone<Missing<PersonNameFindingCode, typeof PERSON_NAME>>,
  AssertNone<Missing<CompanyFindingCode, typeof COMPANY>>,
  AssertNone<Missing<WebsiteFindingCode, typeof WEBSITE>>,
  AssertNone<Missing<JobTitleFindingCode, typeof JOB_TITLE>>,
  AssertNone<Missing<CountryFindingCode, typeof COUNTRY>>,
  AssertNone<Missing<StateFindingCode, typeof STATE>>,
  AssertNone<Missing<PostcodeFindingCode, typeof POSTCODE>>,
  AssertNone<Missing<PicklistFindingCode, typeof PICKLIST>>,
  AssertNone<Missing<DateFindingCode, typeof DATE>>,
];
