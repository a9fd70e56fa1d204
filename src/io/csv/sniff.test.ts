import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from './sniff.ts';

describe('sniffDelimiter', () => {
  it.each([
    ['comma', 'a,b,c\n1,2,3\n', ','],
    ['semicolon (European Excel)', 'Jméno;Příjmení;Firma\nJan;Novák;"Acme, s.r.o."\n', ';'],
    ['tab', 'a\tb\tc\n1\t2\t3\n', '\t'],
    ['pipe', 'a|b\n1|2\n', '|'],
    ['commas inside quoted cells do not win', 'name;note\n"Novák, Jan";"a, b, c, d"\n"x, y";z\n', ';'],
    ['single column falls back to comma', 'email\na@b.cz\n', ','],
    ['header only', 'first;last;email\n', ';'],
  ])('%s', (_name, sample, expected) => {
    expect(sniffDelimiter(sample)).toBe(expected);
  });
});
