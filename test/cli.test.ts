/** The real binary, spawned as a user runs it: output, files written, exit codes and error messages. */

import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runKempt } from './support/bin.ts';

const SAMPLE = new URL('../examples/crm-export.csv', import.meta.url).pathname;

function kempt(args: string[], input?: string) {
  return runKempt(args, input === undefined ? {} : { input });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kempt-cli-'));
});

const CONTACTS = [
  'Record ID,First Name,Last Name,Email,Phone Number,Country/Region,Company Name,Job Title,Notes',
  '1,JAN,NOVÁK,jan.novak@SEZNAM.CZ,+420 601 123 456,Česko,ACME S.R.O.,CMO,keep me',
  '2,Anna,Wiśniewska,anna@gmial.com,601 123 456,Polska,Wiśniewski i Synowie Sp. z o.o.,VP Sales,',
  '3,test,test,test@example.com,1234567890,USA,Test,asdf,"multi',
  'line"',
  '4,Ελένη,Παπαδοπούλου,eleni@otenet.gr,,Ελλάδα,,,',
  '5,Jan,Novák,jan.novak@seznam.cz,,CZ,Acme s.r.o.,,',
].join('\n');

describe('kempt audit', () => {
  it('prints a JSON report with counts that add up', async () => {
    const file = join(dir, 'contacts.csv');
    await writeFile(file, CONTACTS);
    const r = kempt(['audit', file, '--json', '--now', '2026-01-01']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.records.total).toBe(5);
    expect(report.records.clean + report.records.withWarnings + report.records.withErrors).toBe(5);
    const email = report.fields.find((f: { field: string }) => f.field === 'email');
    expect(email.filled).toBe(5);
    expect(email.reasons.map((x: { code: string }) => x.code)).toEqual(
      expect.arrayContaining(['email.typo_domain', 'email.test']),
    );
    const dupes = report.duplicates.find((d: { key: string }) => d.key === 'email');
    expect(dupes).toMatchObject({ groups: 1, extraRecords: 1 });
    expect(report.testRecords.count).toBeGreaterThanOrEqual(1);
    expect(report.file.columns.find((c: { header: string }) => c.header === 'Notes').field).toBeNull();
    expect(report.score.value).toBeGreaterThan(0);
  });

  it('writes a self-contained HTML report and prints a text summary', async () => {
    const html = join(dir, 'report.html');
    const r = kempt(['audit', SAMPLE, '--html', html]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Health score: \d+\/100/);
    const page = await readFile(html, 'utf8');
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page).not.toMatch(/src="https?:/);
  });

  it('gives the same report with and without worker threads', () => {
    const one = JSON.parse(
      kempt(['audit', SAMPLE, '--json', '--now', '2026-01-01', '--workers', '0']).stdout,
    );
    const two = JSON.parse(
      kempt(['audit', SAMPLE, '--json', '--now', '2026-01-01', '--workers', '2']).stdout,
    );
    delete one.elapsedMs;
    delete two.elapsedMs;
    expect(two).toEqual(one);
  });

  it('exits 1 under --fail-under', () => {
    expect(kempt(['audit', SAMPLE, '--fail-under', '100']).code).toBe(1);
  });
});

describe('kempt clean', () => {
  it('keeps every row, id and column in order, fixes what is certain, lists the rest', async () => {
    const file = join(dir, 'in.csv');
    const out = join(dir, 'out.csv');
    const changes = join(dir, 'changes.csv');
    await writeFile(file, CONTACTS);
    const decisions = join(dir, 'decisions.csv');
    const r = kempt(['clean', file, '-o', out, '--changes', changes, '--decisions', decisions, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).records).toBe(5);
    const decided = (await readFile(decisions, 'utf8')).trimEnd().split('\r\n');
    expect(decided[0]).toBe('row,id,decision,changes,reasons,rules');
    expect(decided).toHaveLength(6);
    const cleaned = await readFile(out, 'utf8');
    const lines = cleaned.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CONTACTS.split('\n')[0]);
    expect(lines.filter((l) => /^\d,/.test(l)).map((l) => l[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(cleaned).toContain('jan.novak@seznam.cz');
    expect(cleaned).toContain('+420601123456');
    expect(cleaned).toContain('"multi\nline"');
    expect(cleaned).toContain('keep me');
    const log = await readFile(changes, 'utf8');
    expect(log.split('\r\n')[0]).toBe(
      'row,id,field,column,before,after,code,severity,reason,applied,action,rule,confidence',
    );
    expect(log).toMatch(
      /2,2,email,Email,anna@gmial\.com,anna@gmail\.com,email\.typo_domain,warning,.*,no,warn,email-checks,\r\n/,
    );
    expect(log).toMatch(/,yes,fix,[a-z-]+,1\r\n/);
  });

  it('refuses to overwrite its input', () => {
    const r = kempt(['clean', SAMPLE, '-o', SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/must not overwrite the input/);
  });
});

describe('kempt verify', () => {
  it('prints one JSON line per address from standard input', () => {
    const r = kempt(
      ['verify', '-', '--json'],
      'jan@gmial.com\n\ninfo@acme.cz\nnot-an-email\nbob@mailinator.com\n',
    );
    expect(r.code).toBe(0);
    const results = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(results.map((x) => x.input)).toEqual([
      'jan@gmial.com',
      'info@acme.cz',
      'not-an-email',
      'bob@mailinator.com',
    ]);
    for (const x of results) {
      expect(Object.keys(x).sort()).toEqual([
        'input',
        'normalized',
        'reasons',
        'recommendation',
        'status',
        'suggestion',
      ]);
    }
    expect(results[0].suggestion).toBe('jan@gmail.com');
    expect(results[1].reasons).toContain('email.role');
    expect(results[2]).toMatchObject({ status: 'undeliverable', recommendation: 'remove' });
    expect(results[3].reasons).toContain('email.disposable');
  });

  it('names a missing file', () => {
    const r = kempt(['verify', join(dir, 'missing.txt')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/File not found/);
  });
});

describe('kempt demo and generate', () => {
  it('demo writes the report, the cleaned file and the changes', async () => {
    const out = join(dir, 'demo');
    const r = kempt(['demo', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Health score/);
    for (const f of ['report.html', 'cleaned.csv', 'changes.csv'])
      expect((await readFile(join(out, f))).length).toBeGreaterThan(100);
  });

  it('generate is reproducible by seed', () => {
    const a = kempt(['generate', '-n', '300', '--seed', 'x']).stdout;
    const b = kempt(['generate', '-n', '300', '--seed', 'x']).stdout;
    const c = kempt(['generate', '-n', '300', '--seed', 'y']).stdout;
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a.split('\r\n').length).toBeGreaterThan(300);
  });
});

describe('kempt config check', () => {
  it('accepts the shipped default config', () => {
    const r = kempt(['config', 'check', new URL('../config/kempt.config.yaml', import.meta.url).pathname]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/OK/);
  });

  it('lists every problem with line and column, exit 2', async () => {
    const file = await fixture(
      'bad.yaml',
      'version: 1\nfields:\n  emial:\n    required: true\n  email:\n    rules:\n      - type: format\n        action: explode\n',
    );
    const r = kempt(['config', 'check', file, '--json']);
    expect(r.code).toBe(2);
    const { ok, errors } = JSON.parse(r.stdout);
    expect(ok).toBe(false);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'fields.emial', line: 3, column: 3 }),
        expect.objectContaining({ path: 'fields.email.rules[0].action', line: 8 }),
      ]),
    );
  });

  it('names a missing config file', () => {
    const r = kempt(['config', 'check', join(dir, 'none.yaml')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/config file not found: .*none\.yaml/);
  });

  it('says a folder is not a config file (not that it is missing)', () => {
    const r = kempt(['config', 'check', dir]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot read config file .*EISDIR/);
  });

  it('refuses a config file over 1 MB, like every command that loads one', async () => {
    const big = join(dir, 'big.yaml');
    await writeFile(big, `version: 1\n# ${'x'.repeat(1_100_000)}\n`);
    const r = kempt(['config', 'check', big]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/larger than 1 MB/);
  });
});

describe('bad input: clear errors and documented exit codes', () => {
  it.each([
    ['missing file', async () => join(dir, 'nope.csv'), [], 3, /File not found: .*nope\.csv/],
    ['empty file', async () => fixture('empty.csv', ''), [], 3, /is empty/],
    [
      'xlsx',
      async () => fixture('book.xlsx', Buffer.from('PK\u0003\u0004rest')),
      [],
      3,
      /not a CSV file.*Excel/s,
    ],
    ['unclosed quote', async () => fixture('bad.csv', 'a,b\n1,"x\n'), [], 4, /never closed[\s\S]*line 2/],
    ['unknown --map field', async () => SAMPLE, ['--map', 'emial=Email'], 2, /"emial" is not a field/],
    ['unknown encoding', async () => SAMPLE, ['--encoding', 'ebcdic'], 2, /Unknown encoding/],
    ['unknown option', async () => SAMPLE, ['--bogus'], 2, /unknown option/],
  ])('%s', async (_name, file, extra, code, message) => {
    const r = kempt(['audit', await file(), ...(extra as string[])]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at .*\.ts:\d+/);
  });

  it.each([
    ['audit', ['-1']],
    ['audit', ['1.5']],
    ['clean', ['65']],
    ['clean', ['many']],
  ])('%s --workers %s: exit 2, the allowed range named', (command, [workers]) => {
    const extra = command === 'clean' ? ['-o', join(dir, 'never.csv')] : [];
    const r = kempt([command, SAMPLE, ...extra, '--workers', workers!]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--workers takes a whole number from 0 to 64/);
  });
});

async function fixture(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}
