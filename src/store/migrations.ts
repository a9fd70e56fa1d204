/**
 * The store's migrations, in code so that the same list runs on SQLite and PostgreSQL (Kysely's schema
 * builder writes each dialect's DDL). Append only: a migration that has run is never edited.
 */

import { type Kysely, sql } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import { KemptError } from '../errors.ts';

type Kind = 'sqlite' | 'postgres';

/** The migrations for one kind of database: the same tables; only an auto-numbered key is spelt differently. */
const migrations = (kind: Kind): Record<string, Migration> => ({
  '0001-contacts-change-log-quarantine': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('contacts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('fields', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('contacts_updated').on('contacts').columns(['updated_at', 'id']).execute();
      await db.schema
        .createTable('change_log')
        .addColumn('id', kind === 'postgres' ? 'bigserial' : 'integer', (c) =>
          kind === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id'))
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('rule_id', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('confidence', 'real', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('run_id', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('undone_at', 'text')
        .execute();
      await db.schema
        .createIndex('change_log_contact')
        .on('change_log')
        .columns(['contact_id', 'at'])
        .execute();
      await db.schema.createIndex('change_log_run').on('change_log').column('run_id').execute();
      await db.schema
        .createTable('quarantine')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('received', 'text', (c) => c.notNull())
        .addColumn('proposed', 'text', (c) => c.notNull())
        .addColumn('reasons', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('held'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('decided_at', 'text')
        .addColumn('decided_by', 'text')
        .execute();
      await db.schema.createIndex('quarantine_status').on('quarantine').columns(['status', 'at']).execute();
    },
  },
  '0002-contact-keys': {
    // One row per identity key of an active contact (its email key; its phone with its name): the primary
    // key makes "one person, one record" hold under concurrent creates, on both databases.
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('contact_keys')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id'))
        .execute();
      await db.schema.createIndex('contact_keys_contact').on('contact_keys').column('contact_id').execute();
    },
  },
  '0003-users-and-keys': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('users')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      // A key is shown once; only its SHA-256 is kept (keys are long random strings, not passwords).
      await db.schema
        .createTable('api_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_name', 'text', (c) => c.notNull().references('users.name'))
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
    },
  },
  '0004-merges': {
    async up(db: Kysely<unknown>) {
      // A merge keeps every row it changed exactly as it was, so unmerge can put them back byte for byte.
      await db.schema
        .createTable('merges')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('master_id', 'text', (c) => c.notNull().references('contacts.id'))
        .addColumn('merged_ids', 'text', (c) => c.notNull())
        .addColumn('snapshot', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('undone_at', 'text')
        .execute();
      await db.schema
        .createTable('not_duplicates')
        .addColumn('a', 'text', (c) => c.notNull())
        .addColumn('b', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('not_duplicates_pk', ['a', 'b'])
        .execute();
    },
  },
  '0005-gdpr': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
      // Erased people: a salted hash of their email key, so a re-import or a form submit is refused
      // without the store keeping the address.
      await db.schema
        .createTable('suppression')
        .addColumn('hash', 'text', (c) => c.primaryKey())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0006-companies-findings-sync-search': {
    async up(db: Kysely<unknown>) {
      // A company is found by its name's matching key (legal form left out): "Labe s.r.o." and "LABE
      // spol. s r.o." are one. One active company per key, so simultaneous creates link to one company.
      await db.schema
        .createTable('companies')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('domain', 'text')
        .addColumn('country', 'text')
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
        .addColumn('merged_into', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('companies_key').on('companies').columns(['key', 'status']).execute();
      await db.schema
        .createIndex('companies_active_key')
        .on('companies')
        .column('key')
        .unique()
        .where(sql.ref('status'), '=', 'active')
        .execute();
      await db.schema.createIndex('companies_name').on('companies').columns(['name', 'id']).execute();
      await db.schema
        .alterTable('contacts')
        .addColumn('company_id', 'text', (c) => c.references('companies.id'))
        .execute();
      // Names, mailbox, company and city folded to ASCII words, and phone digits: what search scans.
      await db.schema
        .alterTable('contacts')
        .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      await db.schema.createIndex('contacts_company').on('contacts').columns(['company_id', 'id']).execute();
      await db.schema
        .createTable('company_merges')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('master_id', 'text', (c) => c.notNull().references('companies.id'))
        .addColumn('merged_ids', 'text', (c) => c.notNull())
        .addColumn('snapshot', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('undone_at', 'text')
        .execute();
      // The findings of each contact's values at its last write through the gate: what to fix, by code.
      await db.schema
        .createTable('findings')
        .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('severity', 'text', (c) => c.notNull())
        .addColumn('action', 'text')
        .addColumn('rule_id', 'text')
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('findings_pk', ['contact_id', 'seq'])
        .execute();
      await db.schema.createIndex('findings_code').on('findings').columns(['code', 'contact_id']).execute();
      // A CRM's own ids: a sync updates the contact it created before instead of creating another.
      await db.schema
        .createTable('external_ids')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('external_id', 'text', (c) => c.notNull())
        .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('external_ids_pk', ['source', 'external_id'])
        .execute();
      await db.schema.createIndex('external_ids_contact').on('external_ids').column('contact_id').execute();
    },
  },
});

/** Brings the database up to the newest migration; every failure is a KemptError naming the migration. */
export async function migrateOrThrow(db: Kysely<unknown>, kind: Kind, schema?: string): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(kind) };
  // On PostgreSQL the migration tables are named with their schema: Kysely looks for them across all
  // schemas, and another kempt in another schema of the database must not count as this one.
  const { error, results } = await new Migrator({
    db,
    provider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error)
    throw new KemptError(
      'internal',
      `The database could not be migrated${failed ? ` (${failed.migrationName})` : ''}: ${(error as Error).message}`,
    );
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export const MIGRATION_NAMES = Object.keys(migrations('sqlite'));
