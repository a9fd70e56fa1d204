/**
 * Kysely on Node's built-in SQLite (`node:sqlite`): no native addon, no server. Kysely's SQLite dialect
 * asks for the few methods of better-sqlite3 it uses; `DatabaseSync` has them under other names, and a
 * statement is a reader when it returns columns (a SELECT, or anything with RETURNING).
 */

import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
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

/**
 * Checkpoints in a thread of their own. A checkpoint copies the WAL's pages into the database file and
 * syncs it: done by the connection that commits (SQLite's default, every 1,000 pages), it stalls that
 * commit and every request waiting on it for tens of milliseconds. A worker thread with its own
 * connection runs a PASSIVE checkpoint (never blocks the writer) every half second instead; the writer
 * checkpoints itself only if the WAL grows past 10,000 pages anyway.
 */
const CHECKPOINTER = `
const { workerData, parentPort } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(workerData.path);
db.exec('PRAGMA busy_timeout = 5000');
const timer = setInterval(() => {
  try { db.exec('PRAGMA wal_checkpoint(PASSIVE)'); } catch {}
}, 500);
parentPort.on('message', () => { clearInterval(timer); try { db.exec('PRAGMA wal_checkpoint(PASSIVE)'); } catch {} db.close(); process.exit(0); });
`;

/** Starts the checkpointer; the function returned stops it (it does a last checkpoint and exits). */
function startCheckpointer(path: string): () => void {
  const worker = new Worker(CHECKPOINTER, { eval: true, workerData: { path } });
  // It never keeps a process alive: an exit mid-checkpoint is safe (the WAL still holds every commit).
  worker.unref();
  return () => worker.postMessage('stop');
}

/** A dialect on a SQLite file (`:memory:` for a throwaway database). */
export function sqliteDialect(path: string): SqliteDialect {
  const file = path !== ':memory:' && path !== '';
  return new SqliteDialect({
    database: async () => {
      const db = new DatabaseSync(path);
      // WAL lets readers work while a writer writes; the busy timeout waits for a lock instead of failing;
      // 64 MiB of page cache (the default is 2 MiB) keeps the hot index pages of a large store in memory.
      db.exec(
        'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536;',
      );
      if (!file) return adapt(db);
      db.exec('PRAGMA wal_autocheckpoint = 10000');
      const stop = startCheckpointer(path);
      const adapted = adapt(db);
      return {
        ...adapted,
        close: () => {
          stop();
          adapted.close();
        },
      };
    },
  });
}
