/**
 * The contact record model: canonical field names and the kind of value each holds.
 * Columns that map to none of these are custom fields and pass through untouched.
 */

export const CONTACT_FIELDS = [
  'id',
  'first_name',
  'last_name',
  'full_name',
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
] as const;

export type ContactField = (typeof CONTACT_FIELDS)[number];

export type FieldKind =
  | 'id'
  | 'person-name'
  | 'email'
  | 'phone'
  | 'company'
  | 'website'
  | 'job-title'
  | 'country'
  | 'state'
  | 'text'
  | 'postcode'
  | 'picklist'
  | 'date';

export const FIELD_KIND: Readonly<Record<ContactField, FieldKind>> = {
  id: 'id',
  first_name: 'person-name',
  last_name: 'person-name',
  full_name: 'person-name',
  email: 'email',
  phone: 'phone',
  mobile: 'phone',
  company: 'company',
  website: 'website',
  job_title: 'job-title',
  country: 'country',
  state: 'state',
  city: 'text',
  postcode: 'postcode',
  street: 'text',
  lead_source: 'picklist',
  lifecycle_stage: 'picklist',
  owner: 'text',
  created_at: 'date',
  updated_at: 'date',
  last_activity_at: 'date',
};

/** A contact as kempt sees it: canonical fields plus custom columns keyed by their original header. */
export type ContactRecord = Partial<Record<ContactField, string>> & { custom?: Record<string, string> };

export function isContactField(name: string): name is ContactField {
  return (CONTACT_FIELDS as readonly string[]).includes(name);
}
