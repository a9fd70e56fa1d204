import { describe, expect, it } from 'vitest';
import { KemptError } from '../../errors.ts';
import { CsvSplitter } from './parse.ts';

function split(
  text: string,
  delimiter = ',',
  chunkSize = text.length || 1,
): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  const splitter = new CsvSplitter(delimiter);
  const onRow = (cells: string[], line: number) => rows.push({ cells, line });
  for (let i = 0; i < text.length; i += chunkSize) splitter.push(text.slice(i, i + chunkSize), onRow);
  splitter.end(onRow);
  return rows;
}

const cells = (text: string, delimiter = ',') => split(text, delimiter).map((r) => r.cells);

describe('CsvSplitter', () => {
  it.each([
    [
      'plain',
      'a,b,c\n1,2,3\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    [
      'no final newline',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CRLF',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'lone CR',
      'a,b\r1,2\r',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['empty cells', ',,\n', [['', '', '']]],
    ['trailing delimiter', 'a,\n', [['a', '']]],
    ['quoted delimiter', '"a,b",c\n', [['a,b', 'c']]],
    ['escaped quote', '"say ""hi""",x\n', [['say "hi"', 'x']]],
    ['embedded newline', '"line1\nline2",x\n', [['line1\nline2', 'x']]],
    ['embedded CRLF', '"l1\r\nl2",x\r\n', [['l1\r\nl2', 'x']]],
    ['empty quoted', '"",x\n', [['', 'x']]],
    ['quote inside unquoted cell is literal', 'O"Neil,x\n', [['O"Neil', 'x']]],
    ['text after closing quote is kept', '"ab"c,x\n', [['abc', 'x']]],
    ['blank line is a row of one empty cell', 'a\n\nb\n', [['a'], [''], ['b']]],
    ['unicode', 'Dvořák,Ελένη,Анна\n', [['Dvořák', 'Ελένη', 'Анна']]],
    [
      'LF rows then a lone-CR row',
      'a,b\nc,d\re,f\n',
      [
        ['a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
      ],
    ],
    [
      'quoted row between plain rows',
      'a,b\n"x\ny",z\nc,d\n',
      [
        ['a', 'b'],
        ['x\ny', 'z'],
        ['c', 'd'],
      ],
    ],
    ['long plain cells', `${'x'.repeat(40)},${'y'.repeat(40)}\n`, [['x'.repeat(40), 'y'.repeat(40)]]],
  ])('%s', (_name, text, expected) => {
    expect(cells(text)).toEqual(expected);
  });

  it.each([
    [
      ';',
      'a;b\n"x;y";z\n',
      [
        ['a', 'b'],
        ['x;y', 'z'],
      ],
    ],
    [
      '\t',
      'a\tb\n1\t2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['|', 'a|b\n', [['a', 'b']]],
  ])('delimiter %j', (delimiter, text, expected) => {
    expect(cells(text, delimiter)).toEqual(expected);
  });

  it('gives the same rows whatever the chunk boundaries', () => {
    const text =
      'id,name,note\r\n1,"Novák, Jan","said ""ahoj""\r\nthen left"\r\n2,Ελένη,\r\n3,"",x\n4,a"b,"q"\r\n';
    const whole = split(text);
    for (let size = 1; size <= text.length; size++) expect(split(text, ',', size)).toEqual(whole);
  });

  it('reports the physical line each row starts on', () => {
    const rows = split('h1,h2\n"a\nb",c\nd,e\n');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('fails clearly on a quote that never closes, naming the line', () => {
    const run = () => split('a,b\n1,2\n"open,3\n4,5\n');
    expect(run).toThrow(KemptError);
    expect(run).toThrow(/never closed/);
    try {
      run();
    } catch (error) {
      expect((error as KemptError).location.line).toBe(3);
      expect((error as KemptError).code).toBe('csv_malformed');
    }
  });

  it('handles a 1 MB cell', () => {
    const big = 'x'.repeat(1 << 20);
    expect(cells(`a,b\n"${big}",2\n`)[1]![0]!.length).toBe(1 << 20);
  });

  it('rejects a delimiter longer than one character', () => {
    expect(() => new CsvSplitter(';;')).toThrow(/single character/);
  });
});
