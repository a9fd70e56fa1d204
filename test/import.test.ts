/** `kempt import` and `kempt undo run` through the real binary, on embedded SQLite. */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { runKempt, tempDir } from './support/bin.ts';

const EXPORT = [
  'First Name,Last Name,Email,Phone Number,Country/Region,Lifecycle Stage',
  'Jan,Novák,jan.novak@labe.cz,602 123 456,Česko,Lead',
  'Honza,Novák,JAN.NOVAK@labe.cz,,CZ,Lead',
  'Eva,Malá,eva@mailinator.com,,CZ,Lead',
  'Ota,Dvořák,ota.dvorak@vltava.cz,,Czech Republic,Customer',
].join('\n');

describe('kempt import', () => {
  it("imports through the gate as the user's role allows, reports every row, and the run is undone", async () => {
    const dir = await tempDir('import');
    const db = join(dir, 'kempt.db');
    const file = join(dir, 'contacts.csv');
    await writeFile(file, `${EXPORT}\n`);
    expect(runKempt(['user', 'add', 'ana', '--role', 'sales', '--db', db]).code).toBe(0);
    expect(runKempt(['user', 'add', 'rev', '--role', 'revops', '--db', db]).code).toBe(0);

    // Sales may not set the lifecycle stage: nothing is imported.
    const refused = runKempt(['import', file, '--user', 'ana', '--db', db]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /ana \(sales\) may not write lifecycle_stage \(column "Lifecycle Stage"\); nothing was imported/,
    );
    const count = () => {
      const sqlite = new DatabaseSync(db);
      try {
        return (
          sqlite.prepare("select count(*) as n from contacts where status = 'active'").get() as { n: number }
        ).n;
      } finally {
        sqlite.close();
      }
    };
    expect(count()).toBe(0);

    const problems = join(dir, 'problems.csv');
    const done = runKempt(['import', file, '--user', 'rev', '--db', db, '--json', '--problems', problems]);
    expect(done.code, done.stderr).toBe(0);
    const summary = JSON.parse(done.stdout);
    expect(summary).toMatchObject({ records: 4, counts: { created: 2, duplicate: 1, quarantined: 1 } });
    expect(count()).toBe(2);
    const { readFile } = await import('node:fs/promises');
    const lines = (await readFile(problems, 'utf8')).trim().split('\r\n');
    expect(lines[0]).toBe('row,status,id,field,code,message');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      '2,duplicate',
      '3,quarantined',
    ]);

    expect(runKempt(['undo', 'run', summary.runId, '--user', 'ana', '--db', db]).stderr).toMatch(
      /may not undo/,
    );
    const undone = runKempt(['undo', 'run', summary.runId, '--user', 'rev', '--db', db]);
    expect(undone.code, undone.stderr).toBe(0);
    expect(undone.stdout).toMatch(/^Undid \d+ changes of run/);
    expect(count()).toBe(0);
    expect(runKempt(['undo', 'run', summary.runId, '--user', 'rev', '--db', db]).stderr).toMatch(
      /no changes to undo/,
    );
  }, 30_000);

  it('names the user that does not exist and the file that cannot be read', async () => {
    const dir = await tempDir('import-bad');
    const db = join(dir, 'kempt.db');
    const file = join(dir, 'contacts.csv');
    await writeFile(file, `${EXPORT}\n`);
    expect(runKempt(['import', file, '--user', 'nobody', '--db', db]).stderr).toMatch(
      /There is no user "nobody"/,
    );
    const missing = runKempt(['import', join(dir, 'nope.csv'), '--user', 'x', '--db', db]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/nope\.csv/);
  });
});
