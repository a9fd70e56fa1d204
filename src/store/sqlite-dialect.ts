/**
 * Kysely on Node's built-in SQLite (`node:sqlite`): no native addon, no server. Kysely's SQLite dialect
 * asks for the few methods of better-sqlite3 it uses; `DatabaseSync` has them under other names, and a
 * statement is a reader when it returns columns (a SELECT, or anything with RETURNING).
 */

import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { type SqliteDatabase, SqliteDialect } from 'kysely';

/** Statements kept compiled, by their SQL: a service runs the same few dozen shapes all day. */
const STATEMENT_CACHE = 500;

function adapt(db: DatabaseSync): SqliteDatabase {
  const statements = new Map<string, { statement: ReturnType<DatabaseSync['prepare']>; reader: boolean }>();
  return {
    close: () => db.close(),
    prepare(sql) {
      let cached = statements.get(sql);
      if (!cached) {
        const prepared = db.prepare(sql);
        cached = { statement: prepared, reader: prepared.columns().length > 0 };
        if (statements.size >= STATEMENT_CACHE) statements.clear();
        statements.set(sql, cached);
      }
      const { statement, reader } = cached;
      const args = (parameters: ReadonlyArray<unknown>) => parameters as SQLInputValue[];
      return {
        reader,
        all: (parameters) => statement.all(...args(parameters)),
        run: (parameters) => {
          const r = statement.run(...args(parameters));
          return { changes: r.changes, lastInsertRowid: r.lastInsertRowid };
        },
        iterate: (parameters) => statement.iterate(...args(parameters)),
      };
    },
  };
}

/** A dialect on a SQLite file (`:memory:` for a throwaway database). */
export function sqliteDialect(path: string): SqliteDialect {
  return new SqliteDialect({
    database: async () => {
      const db = new DatabaseSync(path);
      // WAL lets readers work while a writer writes; the busy timeout waits for a lock instead of failing;
      // 64 MiB of page cache (the default is 2 MiB) keeps the hot index pages of a large store in memory.
      db.exec(
        'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536;',
      );
      return adapt(db);
    },
  });
}
