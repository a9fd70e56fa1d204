/**
 * The databases store tests run on: embedded SQLite always, PostgreSQL when DATABASE_URL is set (each
 * store in a schema of its own, dropped afterwards). Without a server the PostgreSQL runs are skipped
 * with a visible message, not failed.
 */

import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { isPostgresUrl, openStore, type Store, type StoreKind } from './db.ts';

export interface TestStore {
  kind: StoreKind;
  open(): Promise<Store & { drop(): Promise<void> }>;
}

const url = process.env.DATABASE_URL;
const postgres = url !== undefined && isPostgresUrl(url);
if (!postgres)
  console.warn('store tests: DATABASE_URL is not set to a postgres:// URL; the PostgreSQL runs are SKIPPED.');

export const TEST_STORES: TestStore[] = [
  {
    kind: 'sqlite',
    async open() {
      const store = await openStore({ url: ':memory:' });
      return { ...store, drop: () => store.close() };
    },
  },
  ...(postgres
    ? [
        {
          kind: 'postgres' as const,
          async open() {
            const schema = `kempt_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
            const store = await openStore({ url: url!, schema, poolSize: 4 });
            return {
              ...store,
              async drop() {
                await store.close();
                const client = new pg.Client({ connectionString: url });
                await client.connect();
                await client.query(`drop schema if exists "${schema}" cascade`);
                await client.end();
              },
            };
          },
        },
      ]
    : []),
];
