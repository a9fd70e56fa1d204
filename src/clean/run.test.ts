import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeChange } from '../gate/index.ts';
import { writeContactsCsv } from '../generate/index.ts';
import { cleanFile } from './run.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kempt-clean-'));
});

const now = new Date('2026-01-01T00:00:00Z');

describe('cleanFile', () => {
  it('keeps rows, ids, columns, order and ragged rows; every change is logged', async () => {
    const input = join(dir, 'in.csv');
    await writeFile(
      input,
      [
        'id;Email;Phone;Country;Custom',
        '10;  Jan.Novak@SEZNAM.cz ;+420 601 123 456;Česko;a',
        '7;bad@@mail;;cz',
        '3;ok@firma.cz;;CZ;c;extra',
        '',
        '1;"quoted; value@x.cz";;;"multi',
        'line"',
      ].join('\n'),
    );
    const output = join(dir, 'out.csv');
    const changes = join(dir, 'changes.csv');
    const summary = await cleanFile(input, { output, changes, now });
    expect(summary.records).toBe(4);

    const out = parse(await readFile(output, 'utf8'), {
      delimiter: ';',
      relax_column_count: true,
    }) as string[][];
    expect(out[0]).toEqual(['id', 'Email', 'Phone', 'Country', 'Custom']);
    expect(out.slice(1).map((r) => r[0])).toEqual(['10', '7', '3', '1']);
    // The shipped config writes countries by name (its country rule has output: label).
    expect(out[1]).toEqual(['10', 'Jan.Novak@seznam.cz', '+420601123456', 'Czechia', 'a']);
    expect(out[2]).toHaveLength(4);
    expect(out[3]).toEqual(['3', 'ok@firma.cz', '', 'Czechia', 'c', 'extra']);
    expect(out[4]![4]).toBe('multi\nline');

    const log = parse(await readFile(changes, 'utf8'), { columns: true }) as Record<string, string>[];
    const applied = log.filter((l) => l.applied === 'yes');
    expect(applied.length).toBe(summary.applied);
    expect(log.length - applied.length).toBe(summary.suggested + summary.flagged + summary.notWritten);
    expect(Object.values(summary.decisions).reduce((a, b) => a + b, 0)).toBe(summary.records);
    expect(summary.fixed + summary.automated).toBe(summary.applied);
    expect(applied.filter((l) => l.code?.startsWith('automation.')).length).toBe(summary.automated);
    expect(applied).toContainEqual(
      expect.objectContaining({
        row: '1',
        id: '10',
        field: 'phone',
        before: '+420 601 123 456',
        after: '+420601123456',
      }),
    );
    expect(
      log.some((l) => l.row === '2' && l.field === 'email' && l.severity === 'error' && l.applied === 'no'),
    ).toBe(true);
  });

  it('writes one decision per record, with the reasons that decided it', async () => {
    const input = join(dir, 'decide-in.csv');
    await writeFile(
      input,
      ['id,Email,Phone,Lifecycle Stage', '1,jana@acme.cz,,customer', '2,,,', '3,broken@@mail,,lead'].join(
        '\n',
      ),
    );
    const decisions = join(dir, 'decisions.csv');
    const summary = await cleanFile(input, {
      output: join(dir, 'decide-out.csv'),
      decisions,
      now,
      channel: 'import',
    });
    const rows = parse(await readFile(decisions, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.row, r.id, r.decision])).toEqual([
      ['1', '1', 'fix'],
      ['2', '2', 'quarantine'],
      ['3', '3', 'quarantine'],
    ]);
    expect(rows[1]!.rules).toBe('email.required reachable'); // an import requires an email, and a way to reach the person
    expect(rows[1]!.reasons).toMatch(
      /email is required in an import\. \| email: A contact needs an email address or a phone number/,
    );
    expect(rows[2]!.rules).toBe('email-format');
    expect(summary.decisions).toEqual({ accept: 0, fix: 1, quarantine: 2, reject: 0 });
  });

  it('writes a BOM for Excel when asked', async () => {
    const input = join(dir, 'bom-in.csv');
    await writeFile(input, 'email\na@b.cz\n');
    const output = join(dir, 'bom-out.csv');
    await cleanFile(input, { output, bom: true, now });
    expect((await readFile(output)).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('fails clearly when the output cannot be written', async () => {
    const input = join(dir, 'x.csv');
    await writeFile(input, 'email\na@b.cz\n');
    await expect(
      cleanFile(input, { output: join(dir, 'no-such-dir', 'out.csv'), now }),
    ).rejects.toMatchObject({
      code: 'output_unwritable',
    });
  });
});

describe('describeChange', () => {
  it.each([
    ['email', '  a@b.cz ', 'a@b.cz', 'extra spaces and invisible characters removed'],
    ['first_name', 'JAN', 'Jan', 'letter case fixed'],
    ['phone', '601 123 456', '+420601123456', 'phone number written in E.164 international format'],
    ['country', 'Česko', 'CZ', 'country written as its ISO 3166-1 code'],
    ['city', 'Praha 1', 'Praha', 'standardized'],
  ] as const)('%s: %j → %j', (field, before, after, reason) => {
    expect(describeChange(field, before, after)).toBe(reason);
  });
});

describe('cleanFile on worker threads', () => {
  it('writes the same three files and the same summary as on one thread', async () => {
    const input = join(dir, 'many.csv');
    const sink = createWriteStream(input);
    await writeContactsCsv({ seed: 'clean-threads', count: 7_000, headers: 'hubspot' }, sink);
    await new Promise<void>((resolve) => sink.end(resolve));
    const run = async (workers: number) => {
      const [output, changes, decisions] = ['out', 'changes', 'decisions'].map((f) =>
        join(dir, `${f}-${workers}.csv`),
      );
      const summary = await cleanFile(input, { output: output!, changes, decisions, now, workers });
      const files = await Promise.all([output!, changes!, decisions!].map((f) => readFile(f, 'utf8')));
      return { summary, files };
    };
    const one = await run(0);
    const two = await run(1);
    expect(one.summary.records).toBe(7_000);
    expect(one.files[0]!.split('\n').length).toBeGreaterThan(7_000);
    expect(two.summary).toEqual(one.summary);
    for (let i = 0; i < 3; i++) expect(two.files[i] === one.files[i]).toBe(true);
  });
});
