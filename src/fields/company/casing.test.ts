import { describe, expect, it } from 'vitest';
import { caseMode, recase } from './casing.ts';

describe('caseMode', () => {
  it.each([
    ['ACME CORPORATION', 'upper'],
    ['acme corporation', 'lower'],
    ['IBM', undefined],
    ['KPMG AG', 'upper'],
    ['BMW AG', undefined],
    ['eBay Inc.', undefined],
    ['ΕΛΛΗΝΙΚΑ ΠΕΤΡΕΛΑΙΑ', undefined],
    ['1234 5678', undefined],
    ['ООО РОМАШКА', 'upper'],
  ])('%s -> %s', (s, mode) => {
    expect(caseMode(s)).toBe(mode);
  });
});

describe('recase', () => {
  it.each([
    ['ACME CORPORATION', 'upper', 'Acme Corporation'],
    ['BANK OF AMERICA', 'upper', 'Bank of America'],
    ['THE BEST OF', 'upper', 'The Best of'],
    ['IBM DEUTSCHLAND', 'upper', 'IBM Deutschland'],
    ['KPMG HSBC', 'upper', 'KPMG HSBC'],
    ['BLUE SKY FARM', 'upper', 'Blue Sky Farm'],
    ["MACY'S", 'upper', "Macy's"],
    ["L'OREAL", 'upper', "L'Oreal"],
    ["O'NEIL", 'upper', "O'Neil"],
    ['MCDONALD', 'upper', 'McDonald'],
    ['COCA-COLA', 'upper', 'Coca-Cola'],
    ['3D PRINTING 1ST', 'upper', '3D Printing 1st'],
    ['JOHN E. SMITH', 'upper', 'John E. Smith'],
    ['FERRARI E FIGLI', 'upper', 'Ferrari e Figli'],
    ['РОМАШКА И ВАСИЛЁК', 'upper', 'Ромашка и Василёк'],
    ['acme widgets of texas', 'lower', 'Acme Widgets of Texas'],
    ['abc consulting', 'lower', 'Abc Consulting'],
  ] as const)('%s (%s) -> %s', (s, mode, out) => {
    expect(recase(s, mode, true)).toBe(out);
  });

  it('does not capitalise a small word that continues a name', () => {
    expect(recase(' OF TEXAS', 'upper', false)).toBe(' of Texas');
  });
});
