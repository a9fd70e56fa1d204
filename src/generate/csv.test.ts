import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, csvLine, writeContactsCsv, writeRowsCsv } from './csv.ts';
import { generateContacts } from './generate.ts';
import { StringSink } from './test-helpers.ts';

describe('csvField (RFC 4180)', () => {
  it.each([
    ['', ''],
    ['plain', 'plain'],
    [' spaced ', ' spaced '],
    ['Nováková', 'Nováková'],
    ['ООО «Ромашка»', 'ООО «Ромашка»'],
    ['Acme, Inc.', '"Acme, Inc."'],
    ['UAB "Vilija"', '"UAB ""Vilija"""'],
    ['"', '""""'],
    ['12 Main St\nSuite 400', '"12 Main St\nSuite 400"'],
    ['a\rb', '"a\rb"'],
    ['x\u200By', 'x\u200By'],
  ])('quotes %j as %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('joins a line with the requested line ending', () => {
    expect(csvLine(['a', 'b,c', ''], '\r\n')).toBe('a,"b,c",\r\n');
    expect(csvLine(['a'], '\n')).toBe('a\n');
  });
});

describe('CSV round trip through csv-parse', () => {
  it.each(['canonical', 'hubspot', 'salesforce', 'mixed'] as const)(
    'parses every row of a dirty %s export back to the generated values',
    async (headers) => {
      const options = { seed: `rt-${headers}`, count: 5000, dirt: 1, headers, truth: true };
      const sink = new StringSink();
      const result = await writeContactsCsv(options, sink);
      const text = sink.text();
      const records: string[][] = parse(text, { relax_column_count: false, bom: true });
      const rows = generateContacts(options);
      expect(records[0]).toEqual(rows.header);
      expect(records.slice(1)).toEqual([...rows]);
      expect(result.rows).toBe(5000);
      expect(result.bytes).toBe(Buffer.byteLength(text));
      // The dirty data must actually exercise quoting.
      expect(text).toContain('""');
      expect(/"[^"]*\n[^"]*"/.test(text)).toBe(true);
      expect(records.every((r) => r.length === 23)).toBe(true);
      expect(records.every((r) => r.every((v) => v.isWellFormed()))).toBe(true);
    },
  );

  it('writes a BOM and LF line endings when asked', async () => {
    const sink = new StringSink();
    await writeContactsCsv({ seed: 'bom', count: 20, bom: true, eol: '\n' }, sink);
    const text = sink.text();
    expect(text.startsWith('\uFEFFid,first_name')).toBe(true);
    expect(text.replace(/"[^"]*"/g, '')).not.toContain('\r');
  });

  it('writes only the header for count 0', async () => {
    const sink = new StringSink();
    const result = await writeContactsCsv({ seed: 'empty', count: 0 }, sink);
    expect(result.rows).toBe(0);
    expect(sink.text().split('\r\n')).toEqual([expect.stringMatching(/^id,first_name,/), '']);
  });
});

describe('backpressure', () => {
  it('waits for drain on a slow stream and loses nothing', async () => {
    const sink = new StringSink({ highWaterMark: 1024 });
    let drains = 0;
    sink.on('drain', () => drains++);
    const rows = generateContacts({ seed: 'bp', count: 20_000 });
    const result = await writeRowsCsv(rows, sink);
    expect(drains).toBeGreaterThan(3);
    expect(sink.writes).toBeGreaterThan(3);
    expect(parse(sink.text())).toHaveLength(20_001);
    expect(result.rows).toBe(20_000);
  });

  it('rejects when the stream fails', async () => {
    const sink = new StringSink({ highWaterMark: 16 });
    sink._write = (_chunk, _enc, done) => done(new Error('disk full'));
    await expect(writeContactsCsv({ seed: 'err', count: 50_000 }, sink)).rejects.toThrow('disk full');
  });
});
