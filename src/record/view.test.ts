import { describe, expect, it } from 'vitest';
import { mapColumns } from './mapping.ts';
import { columnRefs, firstColumns, rowToRecord, rowWriter } from './view.ts';

// Two "Tier" columns (custom fields), one id, and two known fields.
const header = ['Record ID', 'Email', 'Tier', 'First Name', 'Tier'];
const map = mapColumns(header);

describe('columnRefs and firstColumns', () => {
  it('names each column by its field, custom columns as custom.<header>, ids not at all', () => {
    expect(columnRefs(map)).toEqual([undefined, 'email', 'custom.Tier', 'first_name', 'custom.Tier']);
  });

  it('gives a field its first column when two columns share it', () => {
    expect([...firstColumns(map)]).toEqual([
      ['email', 1],
      ['custom.Tier', 2],
      ['first_name', 3],
    ]);
  });
});

describe('rowToRecord', () => {
  const toRecord = rowToRecord(map);

  it.each<[string, string[], Record<string, string>]>([
    [
      'a full row',
      ['17', 'jana@acme.cz', 'Gold', 'Jana', 'Silver'],
      { email: 'jana@acme.cz', 'custom.Tier': 'Gold', first_name: 'Jana' },
    ],
    [
      'a short (ragged) row: the missing cells are blank',
      ['17', 'jana@acme.cz'],
      {
        email: 'jana@acme.cz',
        'custom.Tier': '',
        first_name: '',
      },
    ],
    [
      'a long row: cells past the header are not read',
      ['17', 'a@b.cz', 'Gold', 'Jana', 'Silver', 'extra'],
      { email: 'a@b.cz', 'custom.Tier': 'Gold', first_name: 'Jana' },
    ],
  ])('%s', (_, cells, expected) => {
    expect(toRecord(cells)).toEqual(expected);
  });

  it('gives every record its own object', () => {
    const a = toRecord(['1', 'a@b.cz', '', '', '']);
    const b = toRecord(['2', 'c@d.cz', '', '', '']);
    a.email = 'changed';
    expect(b.email).toBe('c@d.cz');
  });
});

describe('rowWriter', () => {
  const write = rowWriter(map);
  const cells = ['17', 'JANA@ACME.CZ', 'gold', 'jana', 'Silver'];

  it('writes changed fields into their first column of a copy, leaving the rest as they were', () => {
    const record = { email: 'JANA@acme.cz', 'custom.Tier': 'Gold', first_name: 'Jana' };
    const out = write(cells, record, ['email', 'first_name']);
    expect(out.cells).toEqual(['17', 'JANA@acme.cz', 'gold', 'Jana', 'Silver']);
    expect([...out.unplaced]).toEqual([]);
    expect(cells[1]).toBe('JANA@ACME.CZ');
  });

  it('returns fields the file has no column for (or a short row lacks) instead of adding cells', () => {
    const record = { website: 'acme.cz', first_name: 'Jana' };
    const out = write(['17', 'x@y.cz'], record, ['website', 'first_name']);
    expect(out.cells).toEqual(['17', 'x@y.cz']);
    expect([...out.unplaced]).toEqual(['website', 'first_name']);
  });
});
