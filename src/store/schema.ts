/**
 * The store's tables as Kysely sees them. Records keep their fields as JSON text (a CRM's contact has
 * custom fields nobody declared); columns the service filters or joins on are their own columns.
 * Times are ISO-8601 text in UTC on both databases, so the same queries order them the same way.
 */

import type { Generated } from 'kysely';

export interface ContactsTable {
  id: string;
  /** The record's fields (canonical and `custom.*`) as JSON. */
  fields: string;
  status: 'active' | 'merged' | 'erased' | 'withdrawn';
  version: number;
  created_at: string;
  updated_at: string;
  /** The company the contact works for (linked by the company name's matching key). */
  company_id: string | null;
  /** What search looks in: names, mailbox, company, city folded to ASCII words; phone digits. */
  search_text: string;
}

export interface CompaniesTable {
  id: string;
  /** The name's matching key without the legal form; unique among active companies. */
  key: string;
  /** The name as first stored (standardized by the gate). */
  name: string;
  /** The registrable domain of the website, or of a work email, when one was seen. */
  domain: string | null;
  country: string | null;
  status: 'active' | 'merged';
  /** The company a merged one went into: its name still leads there. */
  merged_into: string | null;
  created_at: string;
  updated_at: string;
}

export interface CompanyMergesTable {
  id: string;
  master_id: string;
  merged_ids: string;
  /** JSON: the company rows and the (contact id, company id) links the merge changed, as they were. */
  snapshot: string;
  actor: string;
  at: string;
  undone_at: string | null;
}

export interface FindingsTable {
  contact_id: string;
  /** Position in the decision's findings. */
  seq: number;
  field: string;
  code: string;
  severity: string;
  action: string | null;
  rule_id: string | null;
  message: string;
  at: string;
}

export interface ExternalIdsTable {
  /** The CRM a sync comes from (e.g. hubspot). */
  source: string;
  external_id: string;
  contact_id: string;
  at: string;
}

export interface ChangeLogTable {
  id: Generated<number>;
  contact_id: string;
  field: string;
  before: string | null;
  after: string | null;
  code: string;
  rule_id: string;
  reason: string;
  confidence: number;
  actor: string;
  channel: string;
  run_id: string | null;
  at: string;
  /** When this change was undone (null: it stands). */
  undone_at: string | null;
}

export interface QuarantineTable {
  id: string;
  /** The record as it came in, and as the gate would store it, as JSON. */
  received: string;
  proposed: string;
  /** The findings that put it here, as JSON. */
  reasons: string;
  channel: string;
  actor: string;
  status: 'held' | 'released' | 'rejected';
  at: string;
  decided_at: string | null;
  decided_by: string | null;
}

export interface ContactKeysTable {
  /** `email:<canonical key>` or `phone-name:<E.164>|<folded first last>`. */
  key: string;
  contact_id: string;
}

export interface UsersTable {
  name: string;
  role: string;
  created_at: string;
}

export interface ApiKeysTable {
  id: string;
  user_name: string;
  /** SHA-256 (hex) of the key's secret part. */
  hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface MergesTable {
  id: string;
  master_id: string;
  /** JSON array of the ids merged into the master. */
  merged_ids: string;
  /** JSON: every contacts row and contact_keys row the merge changed, as they were. */
  snapshot: string;
  actor: string;
  at: string;
  undone_at: string | null;
}

export interface NotDuplicatesTable {
  /** The two ids, smaller first. */
  a: string;
  b: string;
  actor: string;
  at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface SuppressionTable {
  /** SHA-256 of the installation's salt and the email key. */
  hash: string;
  actor: string;
  at: string;
}

export interface Database {
  settings: SettingsTable;
  suppression: SuppressionTable;
  merges: MergesTable;
  not_duplicates: NotDuplicatesTable;
  users: UsersTable;
  api_keys: ApiKeysTable;
  contacts: ContactsTable;
  companies: CompaniesTable;
  company_merges: CompanyMergesTable;
  findings: FindingsTable;
  external_ids: ExternalIdsTable;
  contact_keys: ContactKeysTable;
  change_log: ChangeLogTable;
  quarantine: QuarantineTable;
}
