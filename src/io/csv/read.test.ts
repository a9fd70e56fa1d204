import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KemptError } from '../../errors.ts';
import { openCsv } from './read.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kempt-read-'));
});

async function fixture(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function readAll(path: string, options = {}) {
  const csv = await openCsv(path, options);
  const rows: string[][] = [];
  for await (const batch of csv.batches()) for (const r of batch) rows.push(r.cells);
  return { csv, rows };
}

const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);

describe('openCsv: encodings and delimiters', () => {
  it.each([
    ['utf8.csv', Buffer.from('first,last\nJiří,Dvořák\n'), 'utf-8', ','],
    ['bom.csv', Buffer.from('\uFEFFfirst;last\nJiří;Dvořák\n'), 'utf-8', ';'],
    ['utf16.csv', utf16le('first\tlast\r\nJiří\tDvořák\r\n'), 'utf-16le', '\t'],
    [
      'cp1250.csv',
      Buffer.from([
        0x66, 0x69, 0x72, 0x73, 0x74, 0x3b, 0x6c, 0x61, 0x73, 0x74, 0x0a, 0x4a, 0x69, 0xf8, 0xed, 0x3b, 0x44,
        0x76, 0x6f, 0xf8, 0xe1, 0x6b, 0x0a,
      ]),
      'windows-1250',
      ';',
    ],
  ])('%s', async (name, bytes, encoding, delimiter) => {
    const { csv, rows } = await readAll(await fixture(name, bytes));
    expect(csv.encoding).toBe(encoding);
    expect(csv.delimiter).toBe(delimiter);
    expect(csv.header).toEqual(['first', 'last']);
    expect(rows).toEqual([['Jiří', 'Dvořák']]);
  });

  it('reads Windows-1252 when told to', async () => {
    const path = await fixture('cp1252.csv', Buffer.from('name\nHélène\n', 'latin1'));
    const { rows } = await readAll(path, { encoding: 'windows-1252' });
    expect(rows).toEqual([['Hélène']]);
  });
});

describe('openCsv: awkward but valid files', () => {
  it('counts ragged rows and keeps their cells', async () => {
    const { csv, rows } = await readAll(await fixture('ragged.csv', 'a,b,c\n1,2\n1,2,3,4\n1,2,3\n'));
    expect(rows).toEqual([
      ['1', '2'],
      ['1', '2', '3', '4'],
      ['1', '2', '3'],
    ]);
    expect(csv.stats).toMatchObject({ records: 3, shortRows: 1, longRows: 1, raggedExamples: [1, 2] });
  });

  it('skips blank lines but counts them, and numbers records without them', async () => {
    const csv = await openCsv(await fixture('blank.csv', '\n\na,b\n1,2\n\n3,4\n'));
    const rows: number[] = [];
    for await (const batch of csv.batches()) for (const r of batch) rows.push(r.row);
    expect(csv.header).toEqual(['a', 'b']);
    expect(rows).toEqual([1, 2]);
    expect(csv.stats.blankLines).toBe(1);
  });

  it('keeps embedded newlines and a 1 MB cell', async () => {
    const big = 'y'.repeat(1 << 20);
    const { rows } = await readAll(await fixture('big.csv', `a,b\n"x\ny","${big}"\n`));
    expect(rows[0]![0]).toBe('x\ny');
    expect(rows[0]![1]!.length).toBe(1 << 20);
  });

  it('streams many rows across chunk boundaries in order', async () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `${i},"name ${i}, jr",x`);
    const { rows } = await readAll(await fixture('many.csv', `id,name,z\n${lines.join('\n')}\n`));
    expect(rows.length).toBe(50_000);
    expect(rows[49_999]).toEqual(['49999', 'name 49999, jr', 'x']);
  });
});

describe('openCsv: clear errors', () => {
  const expectError = async (path: string, code: string, message: RegExp) => {
    const attempt = readAll(path);
    await expect(attempt).rejects.toBeInstanceOf(KemptError);
    await expect(attempt).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
  };

  it('missing file', async () => expectError(join(dir, 'nope.csv'), 'file_not_found', /File not found/));
  it('directory', async () => expectError(dir, 'file_unreadable', /directory/));
  it('empty file', async () => expectError(await fixture('empty.csv', ''), 'file_empty', /is empty/));
  it('only blank lines', async () =>
    expectError(await fixture('blanks.csv', '\n\n\n'), 'file_empty', /no header/));
  it('xlsx', async () =>
    expectError(
      await fixture('book.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])),
      'not_csv',
      /Excel/,
    ));
  it('binary', async () =>
    expectError(await fixture('bin.csv', Buffer.from([1, 0, 2, 0, 0, 0, 3, 255])), 'not_csv', /binary/));
  it('unclosed quote names file and line', async () => {
    const path = await fixture('unclosed.csv', 'a,b\n1,2\n"oops,3\n');
    await expect(readAll(path)).rejects.toMatchObject({
      code: 'csv_malformed',
      location: { file: path, line: 3 },
    });
  });
  it('unreadable file', async () => {
    if (process.getuid?.() === 0) return; // root reads everything; the permission path cannot be exercised
    const path = await fixture('locked.csv', 'a\n1\n');
    await chmod(path, 0);
    await expectError(path, 'file_unreadable', /Permission denied/);
  });
});
