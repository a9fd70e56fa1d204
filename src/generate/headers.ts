/**
 * Column order and the header names of each export flavour. Every flavour has the same columns in
 * the same order; only the header texts (and value conventions, see render.ts) differ.
 */

import type { Prng } from './prng.ts';

export const HEADER_STYLES = ['canonical', 'hubspot', 'salesforce', 'mixed'] as const;
export type HeaderStyle = (typeof HEADER_STYLES)[number];

export const COLUMNS = [
  'id',
  'first_name',
  'last_name',
  'email',
  'phone',
  'mobile',
  'company',
  'website',
  'job_title',
  'country',
  'state',
  'city',
  'postcode',
  'street',
  'lead_source',
  'lifecycle_stage',
  'owner',
  'created_at',
  'updated_at',
  'last_activity_at',
  'newsletter_opt_in',
  'customer_tier',
] as const;
export type Column = (typeof COLUMNS)[number];

/**
 * Column index by canonical name. Written out rather than built with Object.fromEntries: the hot path
 * reads it ~30 times per row, and a literal object keeps fast (inline-cached) property access.
 */
export const COL: Readonly<Record<Column, number>> = {
  id: 0,
  first_name: 1,
  last_name: 2,
  email: 3,
  phone: 4,
  mobile: 5,
  company: 6,
  website: 7,
  job_title: 8,
  country: 9,
  state: 10,
  city: 11,
  postcode: 12,
  street: 13,
  lead_source: 14,
  lifecycle_stage: 15,
  owner: 16,
  created_at: 17,
  updated_at: 18,
  last_activity_at: 19,
  newsletter_opt_in: 20,
  customer_tier: 21,
};

/** Ground-truth column appended when `truth: true`. */
export const TRUTH_HEADER = 'entity_id';

// HubSpot contact export ("Export all properties" with default labels).
const HUBSPOT: readonly string[] = [
  'Record ID',
  'First Name',
  'Last Name',
  'Email',
  'Phone Number',
  'Mobile Phone Number',
  'Company Name',
  'Website URL',
  'Job Title',
  'Country/Region',
  'State/Region',
  'City',
  'Postal Code',
  'Street Address',
  'Original Source',
  'Lifecycle Stage',
  'Contact owner',
  'Create Date',
  'Last Modified Date',
  'Last Activity Date',
  'Newsletter Opt-In',
  'Customer Tier',
];

// Salesforce Lead object as Data Loader exports it (API names; Lead carries Company, Website and
// Status, which a Contact does not; Owner.Name is the relationship column Data Loader produces).
const SALESFORCE: readonly string[] = [
  'Id',
  'FirstName',
  'LastName',
  'Email',
  'Phone',
  'MobilePhone',
  'Company',
  'Website',
  'Title',
  'Country',
  'State',
  'City',
  'PostalCode',
  'Street',
  'LeadSource',
  'Status',
  'Owner.Name',
  'CreatedDate',
  'LastModifiedDate',
  'LastActivityDate',
  'Newsletter_Opt_In__c',
  'Customer_Tier__c',
];

// Hand-made spreadsheets and other CRMs: extra spellings for the 'mixed' flavour.
const ALIASES: readonly (readonly string[])[] = [
  ['ID', 'Contact ID', '#'],
  ['First name', 'Firstname', 'Given Name', 'Vorname', 'Jméno'],
  ['Last name', 'Surname', 'Family Name', 'Nachname', 'Příjmení'],
  ['E-mail', 'Email Address', 'e-mail address', 'Mail'],
  ['Phone', 'Telephone', 'Tel.', 'Work Phone', 'Business Phone'],
  ['Mobile', 'Cell', 'Mobile Phone', 'Handy'],
  ['Company', 'Organization', 'Account Name', 'Firma'],
  ['Web', 'Website', 'URL', 'Homepage'],
  ['Title', 'Position', 'Job title', 'Role'],
  ['Country', 'Nation', 'Land', 'Country Code'],
  ['State', 'Region', 'Province', 'County'],
  ['Town', 'City/Town', 'Ort'],
  ['Zip', 'ZIP Code', 'Postcode', 'PSČ', 'PLZ'],
  ['Address', 'Street', 'Address Line 1'],
  ['Source', 'Lead Source', 'Lead source'],
  ['Stage', 'Status', 'Lifecycle'],
  ['Owner', 'Account Owner', 'Sales Rep'],
  ['Created', 'Date Created', 'Created On'],
  ['Modified', 'Last Updated', 'Updated On'],
  ['Last Activity', 'Last Contacted', 'Last Touch'],
  ['Newsletter', 'Opt-in', 'Marketing Consent'],
  ['Tier', 'Segment', 'Customer Level'],
];

export function headerRow(style: HeaderStyle, rng: Prng): string[] {
  if (style === 'hubspot') return [...HUBSPOT];
  if (style === 'salesforce') return [...SALESFORCE];
  if (style === 'canonical') return [...COLUMNS];
  return COLUMNS.map((c, i) => {
    const choices = [c, HUBSPOT[i]!, SALESFORCE[i]!, ...ALIASES[i]!];
    return rng.pick(choices);
  });
}
