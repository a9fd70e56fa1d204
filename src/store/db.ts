/**
 * Opening the store: PostgreSQL when a `postgres://` URL is given (or `DATABASE_URL` is set), else the
 * embedded SQLite file (`kempt.db`). Migrations run on open, so a new file or an empty database is
 * ready at once.
 */

import { CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { migrateOrThrow } from './migrations.ts';
import type { Database } from './schema.ts';
import { sqliteDialect } from './sqlite-dialect.ts';

export type StoreKind = 'sqlite' | 'postgres';

export interface Store {
  readonly db: Kysely<Database>;
  readonly kind: StoreKind;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** A `postgres://` URL or a SQLite file path (`:memory:` for a throwaway one). Default: DATABASE_URL, else kempt.db. */
  url?: string;
  /** PostgreSQL only: the schema to work in (created when missing); tests use one each. */
  schema?: string;
  /** PostgreSQL only: connections in the pool. */
  poolSize?: number;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(url);
}

export async function openStore(options: OpenOptions = {}): Promise<Store> {
  const url = options.url ?? process.env.DATABASE_URL ?? 'kempt.db';
  if (isPostgresUrl(url)) {
    if (options.schema) {
      // The schema must exist before the pool's connections put it on their search path.
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create schema if not exists "${options.schema.replaceAll('"', '""')}"`);
      await admin.end();
    }
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      ...(options.schema ? { options: `-c search_path="${options.schema.replaceAll('"', '""')}"` } : {}),
    });
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({
        pool,
        // kempt's only named (prepared) statement is the create (insert-rows.ts). Left to choose, PostgreSQL
        // plans it afresh at every run (its estimate for the generic plan, guessing 10 rows per array, loses
        // to the custom plans'), and planning took 1.3 ms against 0.2 ms to run it. Unnamed statements,
        // everything else, are planned once with their values whatever this setting.
        onCreateConnection: async (connection) => {
          await connection.executeQuery(CompiledQuery.raw('set plan_cache_mode = force_generic_plan'));
        },
      }),
    });
    const schema =
      options.schema ??
      (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]!.schema;
    await migrateOrThrow(db as Kysely<unknown>, 'postgres', schema);
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const db = new Kysely<Database>({ dialect: sqliteDialect(url) });
  await migrateOrThrow(db as Kysely<unknown>, 'sqlite');
  return { db, kind: 'sqlite', close: () => db.destroy() };
}
