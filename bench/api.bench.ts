/**
 * The records API under load: create-with-duplicate-check latency and sustained requests/s, from a
 * load generator (autocannon) on loopback against `kempt serve` in its own process, with N contacts
 * already stored. Each request creates a new person (unique mailbox); one in ten repeats a stored
 * person's mailbox and must get 409 (the duplicate check's other outcome). Every create passes the
 * gate (channel api), the suppression check, the company link (one in six names a company not stored
 * yet, which is created) and one transaction (contact, identity keys, change log, findings).
 * Store: PostgreSQL when DATABASE_URL is set (schema kempt_bench, rebuilt), else SQLite (bench/out/api.db).
 * Usage: node bench/api.bench.ts [stored=1000000] [seconds=20] [connections=32] [processes=1]
 */

import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cpus } from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { companyKey } from '../src/fields/company/index.ts';
import { emailKey } from '../src/fields/email/index.ts';
import { accessService } from '../src/service/access.ts';
import { searchTextOf } from '../src/service/records.ts';
import { isPostgresUrl, openStore } from '../src/store/db.ts';
import type { Database } from '../src/store/schema.ts';

const stored = Number(process.argv[2] ?? 1_000_000);
const seconds = Number(process.argv[3] ?? 20);
const connections = Number(process.argv[4] ?? 32);
/** `kempt serve --processes`: server processes sharing the port. */
const processes = Number(process.argv[5] ?? 1);
const base = process.env.DATABASE_URL;
const postgres = base !== undefined && isPostgresUrl(base);
const schema = 'kempt_bench';
const sqliteFile = new URL('./out/api.db', import.meta.url).pathname;

if (postgres) {
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`drop schema if exists ${schema} cascade`);
  await admin.end();
} else for (const suffix of ['', '-wal', '-shm']) rmSync(`${sqliteFile}${suffix}`, { force: true });
const url = postgres
  ? `${base}${base!.includes('?') ? '&' : '?'}options=-c%20search_path%3D${schema}`
  : sqliteFile;

const store = await openStore(postgres ? { url: base!, schema } : { url });
let t = performance.now();
const FIRST = [
  'Jan',
  'Petr',
  'Anna',
  'Eva',
  'Tomáš',
  'Lucie',
  'Martin',
  'Jana',
  'Pavel',
  'Kateřina',
  'Oliver',
  'Grace',
];
const LAST = [
  'Novák',
  'Svoboda',
  'Dvořák',
  'Černý',
  'Procházka',
  'Kučera',
  'Smith',
  'Kowalski',
  'Müller',
  'Dubois',
];
const seededEmail = (i: number) => `person${i}@company${i % 5000}.example.org`;
const at = new Date().toISOString();
// 5,000 companies, each contact linked to one (as the service links them by the company name's key).
const COMPANIES = 5000;
for (let start = 0; start < COMPANIES; start += 1000) {
  const rows: Database['companies'][] = [];
  for (let j = start; j < start + 1000; j++)
    rows.push({
      id: `company-${j}`,
      key: companyKey(`Company ${j}`),
      name: `Company ${j}`,
      domain: `company${j}.example.org`,
      country: null,
      status: 'active',
      merged_into: null,
      created_at: at,
      updated_at: at,
    });
  await store.db.insertInto('companies').values(rows).execute();
}
for (let start = 0; start < stored; start += 2000) {
  const end = Math.min(stored, start + 2000);
  const contacts: Database['contacts'][] = [];
  const keys: Database['contact_keys'][] = [];
  for (let i = start; i < end; i++) {
    const id = `seed-${i}`;
    const email = seededEmail(i);
    const fields = {
      first_name: FIRST[i % 12],
      last_name: LAST[(i * 7) % 10],
      email,
      company: `Company ${i % COMPANIES}`,
    };
    contacts.push({
      id,
      fields: JSON.stringify(fields),
      status: 'active' as const,
      version: 1,
      created_at: at,
      updated_at: at,
      company_id: `company-${i % COMPANIES}`,
      search_text: searchTextOf(fields),
    });
    keys.push({ key: `email:${emailKey(email)}`, contact_id: id });
  }
  await store.db.transaction().execute(async (tx) => {
    await tx.insertInto('contacts').values(contacts).execute();
    await tx.insertInto('contact_keys').values(keys).execute();
  });
}
const seedSeconds = (performance.now() - t) / 1000;
const access = accessService(store.db);
await access.addUser('bench', 'admin');
const key = await access.createKey('bench');
await store.close();

const server = spawn(
  process.execPath,
  [
    // BENCH_SERVER_FLAGS: Node flags for the server (e.g. --cpu-prof to see where a request's time goes).
    ...(process.env.BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? []),
    'bin/kempt.js',
    'serve',
    '--port',
    '0',
    '--db',
    url,
    '--processes',
    String(processes),
    '--rate-per-key',
    '10000000',
  ],
  {
    cwd: new URL('..', import.meta.url).pathname,
    env: { ...process.env, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const address = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout!.on('data', (c: Buffer) => {
    out += c.toString();
    const m = /listening on (http:\/\/\S+)/.exec(out);
    if (m) resolve(m[1]!);
  });
  server.once('exit', (code) => reject(new Error(`kempt serve exited with ${code}: ${out}`)));
});

let n = 0;
t = performance.now();
const result = await autocannon({
  url: `${address}/v1/contacts`,
  method: 'POST',
  connections,
  duration: seconds,
  headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
  requests: [
    {
      setupRequest: (request) => {
        const i = n++;
        const email = i % 10 === 9 ? seededEmail((i * 7919) % stored) : `new${i}@load${i % 977}.example.net`;
        return {
          ...request,
          body: JSON.stringify({
            first_name: FIRST[i % 12],
            last_name: LAST[i % 10],
            email,
            phone: `+420 6${String(10_000_000 + i).slice(-8)}`,
            company: `Company ${i % 6000}`,
          }),
        };
      },
    },
  ],
});
server.kill('SIGTERM');
await new Promise((resolve) => server.once('exit', resolve));

// Leave the database as it was: another schema's tables would be none of the tests' business, but tidy.
if (postgres) {
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`drop schema if exists ${schema} cascade`);
  await admin.end();
}

const codes = Object.fromEntries(
  Object.entries(result.statusCodeStats ?? {}).map(([k, v]) => [k, (v as { count: number }).count]),
);
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model}; node ${process.version}; ${new Date().toISOString()}`,
);
console.log(
  `store: ${postgres ? 'PostgreSQL' : 'SQLite'}, ${stored.toLocaleString('en')} contacts stored (seeded in ${seedSeconds.toFixed(1)} s)`,
);
console.log(
  `load: ${connections} connections for ${seconds} s (autocannon, loopback) against ${processes} server process(es), server and load generator on one 2-core machine`,
);
console.log(
  `create with duplicate check: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; ${Math.round(result.requests.average).toLocaleString('en')} req/s average; status codes ${JSON.stringify(codes)}; errors ${result.errors}, timeouts ${result.timeouts}`,
);
