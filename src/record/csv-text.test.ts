import { describe, expect, it } from 'vitest';
import { recordsFromCsvText } from './csv-text.ts';

describe('recordsFromCsvText', () => {
  it.each([
    ['commas', 'First Name,Email,Tier\nJan,jan@labe.cz,gold\n'],
    ['semicolons and a BOM', '\ufeffFirst Name;Email;Tier\r\nJan;jan@labe.cz;gold\r\n'],
    ['tabs, no final line break', 'First Name\tEmail\tTier\nJan\tjan@labe.cz\tgold'],
  ])('reads %s: recognised headers become fields, others custom.<header>', (_what, text) => {
    expect(recordsFromCsvText(text)).toEqual([
      { first_name: 'Jan', email: 'jan@labe.cz', 'custom.Tier': 'gold' },
    ]);
  });

  it('leaves blank cells out and skips blank lines; keeps quoted line breaks', () => {
    expect(recordsFromCsvText('Email,City,Notes\n\nanna@firma.cz,,"a\nb"\n')).toEqual([
      { email: 'anna@firma.cz', 'custom.Notes': 'a\nb' },
    ]);
  });

  it.each([
    ['an empty body', '', /empty/],
    ['a quoted value never closed', 'Email,Name\n"x@y.cz,Jan\n', /never closed/],
  ])('refuses %s with a clear error', (_what, text, message) => {
    expect(() => recordsFromCsvText(text)).toThrow(message);
  });

  it('refuses more rows than allowed', () => {
    expect(() => recordsFromCsvText('Email\na@b.cz\nc@d.cz\nе@f.cz\n', 2)).toThrow(/more than 2 rows/);
  });
});
