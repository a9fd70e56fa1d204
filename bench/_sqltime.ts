import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { Kysely, type SqliteDatabase, SqliteDialect } from 'kysely';
import { createGate } from '../src/gate/index.ts';
import { defaultConfig } from '../src/rules/config/index.ts';
import { createRecordService } from '../src/service/records.ts';
import type { Database } from '../src/store/schema.ts';

const times = new Map<string, { n: number; ms: number }>();
function adapt(db: DatabaseSync): SqliteDatabase {
  const statements = new Map<string, any>();
  return {
    close: () => db.close(),
    prepare(sql) {
      let st = statements.get(sql);
      if (!st) {
        st = db.prepare(sql);
        statements.set(sql, st);
      }
      const reader = st.columns().length > 0;
      const time = <T>(f: () => T) => {
        const t = performance.now();
        const r = f();
        const k = sql.slice(0, 70);
        const e = times.get(k) ?? { n: 0, ms: 0 };
        e.n++;
        e.ms += performance.now() - t;
        times.set(k, e);
        return r;
      };
      return {
        reader,
        all: (p) => time(() => st.all(...(p as SQLInputValue[]))),
        run: (p) =>
          time(() => {
            const r = st.run(...(p as SQLInputValue[]));
            return { changes: r.changes, lastInsertRowid: r.lastInsertRowid };
          }),
        iterate: (p) => st.iterate(...(p as SQLInputValue[])),
      };
    },
  };
}
const path = process.argv[2]!;
const db = new Kysely<Database>({
  dialect: new SqliteDialect({
    database: async () => {
      const d = new DatabaseSync(path);
      d.exec(
        'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;' +
          (process.env.EXTRA ?? ''),
      );
      return adapt(d);
    },
  }),
});
const svc = createRecordService({ db, gate: createGate(defaultConfig()), kind: 'sqlite' });
const N = Number(process.argv[3] ?? 3000);
const tag = Date.now() % 90000000;
const t = performance.now();
const C = Number(process.env.CONC ?? 32); let next = 0;
await Promise.all(Array.from({ length: C }, async () => { for (let i = next++; i < N; i = next++) {
  await svc.create({ first_name: 'Jan', last_name: 'Novák', email: `t${i}x${tag}@load${i % 977}.example.net`, phone: `+420 6${String(10_000_000 + ((tag + i) % 90_000_000)).slice(-8)}`, company: `Company ${i % 6000}` }, { channel: 'api', actor: 'b' });
}}));
console.log('per create ms', ((performance.now() - t) / N).toFixed(3));
for (const [k, v] of [...times].sort((a, b) => b[1].ms - a[1].ms))
  console.log(v.ms.toFixed(0).padStart(6), v.n, ((v.ms / v.n) * 1000).toFixed(0).padStart(6) + 'us', k);
await db.destroy();
