import { describe, expect, it } from 'vitest';
import type { SplitName } from './index.ts';
import { splitFullName } from './index.ts';

const SPLITS: [string, SplitName][] = [
  ['John Smith', { first: 'John', last: 'Smith' }],
  ['John Ronald Reuel Tolkien', { first: 'John', middle: 'Ronald Reuel', last: 'Tolkien' }],
  ['Madonna', { first: 'Madonna', last: '' }],
  ['Smith, John', { first: 'John', last: 'Smith' }],
  ['Novák, Jan', { first: 'Jan', last: 'Novák' }],
  ['Smith, John Paul', { first: 'John', middle: 'Paul', last: 'Smith' }],
  ['Smith, John, Jr.', { first: 'John', last: 'Smith', suffix: 'Jr.' }],
  ['Novák, Ing. Jan', { first: 'Jan', last: 'Novák', honorific: 'Ing.' }],
  ['Ludwig van Beethoven', { first: 'Ludwig', last: 'van Beethoven' }],
  ['Vincent van Gogh', { first: 'Vincent', last: 'van Gogh' }],
  ['Ursula von der Leyen', { first: 'Ursula', last: 'von der Leyen' }],
  ['Oscar de la Hoya', { first: 'Oscar', last: 'de la Hoya' }],
  ['Juan Carlos de la Cruz', { first: 'Juan', middle: 'Carlos', last: 'de la Cruz' }],
  ['Luiz Inácio Lula da Silva', { first: 'Luiz', middle: 'Inácio Lula', last: 'da Silva' }],
  ['Marine Le Pen', { first: 'Marine', last: 'Le Pen' }],
  ['Dick Van Dyke', { first: 'Dick', last: 'Van Dyke' }],
  ['Mohammed bin Salman', { first: 'Mohammed', last: 'bin Salman' }],
  ['Ahmed al-Hassan', { first: 'Ahmed', last: 'al-Hassan' }],
  ['José Ortega y Gasset', { first: 'José', last: 'Ortega y Gasset' }],
  ['John Y Smith', { first: 'John', middle: 'Y', last: 'Smith' }],
  ['Ing. Jan Novák, Ph.D.', { first: 'Jan', last: 'Novák', honorific: 'Ing.', suffix: 'Ph.D.' }],
  ['Prof. Dr. Hans Müller', { first: 'Hans', last: 'Müller', honorific: 'Prof. Dr.' }],
  ['Mgr. Anna Nováková', { first: 'Anna', last: 'Nováková', honorific: 'Mgr.' }],
  ['prof. Ing. Jan Novák, CSc.', { first: 'Jan', last: 'Novák', honorific: 'prof. Ing.', suffix: 'CSc.' }],
  [
    'MUDr. Petra Svobodová, Ph.D., MBA',
    { first: 'Petra', last: 'Svobodová', honorific: 'MUDr.', suffix: 'Ph.D., MBA' },
  ],
  ['Dr. med. dent. Eva Schulz', { first: 'Eva', last: 'Schulz', honorific: 'Dr. med. dent.' }],
  ['Dr. h. c. Václav Havel', { first: 'Václav', last: 'Havel', honorific: 'Dr. h. c.' }],
  ['mgr inż. Jan Kowalski', { first: 'Jan', last: 'Kowalski', honorific: 'mgr inż.' }],
  ['dr hab. Anna Nowak', { first: 'Anna', last: 'Nowak', honorific: 'dr hab.' }],
  ['Dr. Art Smith', { first: 'Art', last: 'Smith', honorific: 'Dr.' }],
  ['Mr. John Smith III', { first: 'John', last: 'Smith', honorific: 'Mr.', suffix: 'III' }],
  ['Martin Luther King Jr.', { first: 'Martin', middle: 'Luther', last: 'King', suffix: 'Jr.' }],
  ['Jane Smith, MA', { first: 'Jane', last: 'Smith', suffix: 'MA' }],
  ['Ma Long', { first: 'Ma', last: 'Long' }],
  ['Novák, V.', { first: 'V.', last: 'Novák' }],
  ['dr art smith', { first: 'art', last: 'smith', honorific: 'dr' }],
  ['Herr Klaus Meyer', { first: 'Klaus', last: 'Meyer', honorific: 'Herr' }],
  ['Sr. Juan Pérez', { first: 'Juan', last: 'Pérez', honorific: 'Sr.' }],
  ['Juan Pérez Sr.', { first: 'Juan', last: 'Pérez', suffix: 'Sr.' }],
  ['山田 太郎', { first: '太郎', last: '山田' }],
  ['김 민준', { first: '민준', last: '김' }],
  ['  "John  Smith" ★', { first: 'John', last: 'Smith' }],
  ['Dr.', { first: '', last: '', honorific: 'Dr.' }],
  ['', { first: '', last: '' }],
];

describe('splitFullName', () => {
  it.each(SPLITS)('splits %j', (input, expected) => {
    expect(splitFullName(input)).toEqual(expected);
  });

  it.each([
    ['Nagy János Péter', 'HU', { first: 'János', middle: 'Péter', last: 'Nagy' }],
    ['Nguyễn Văn An', 'VN', { first: 'An', middle: 'Văn', last: 'Nguyễn' }],
    ['Pan Jan Kowalski', 'PL', { first: 'Jan', last: 'Kowalski', honorific: 'Pan' }],
    ['Pan Wei', 'CN', { first: 'Pan', last: 'Wei' }],
  ])('splits %j for country %s', (input, country, expected) => {
    expect(splitFullName(input, { country })).toEqual(expected);
  });

  it('never throws on hostile input', () => {
    for (const value of ['(((', ',,,', ', , ,', 'a,', ',a', '\u0000', 'x'.repeat(100_000)]) {
      expect(() => splitFullName(value)).not.toThrow();
    }
  });
});
