/**
 * One word of letters skips the clean-up, split and title steps (analyze.ts, plainWordParts). These
 * cases pin its answers, taken from the full path before the shortcut existed, and check that the
 * same word padded with spaces (which must take the full path) gets the same analysis.
 */
import { describe, expect, it } from 'vitest';
import type { PersonNameFacts } from './index.ts';
import { analyzePersonName } from './index.ts';
import { REAL_NAMES } from './real-names.fixture.ts';

type Field = 'first_name' | 'last_name' | 'full_name';

/** [input, field, normalized, finding codes, facts] */
const WORDS: [string, Field, string, string[], PersonNameFacts][] = [
  ['Daniel', 'first_name', 'Daniel', [], { recased: false, script: 'latin' }],
  ['Nováková', 'last_name', 'Nováková', [], { recased: false, script: 'latin' }],
  ['Николаева', 'last_name', 'Николаева', [], { recased: false, script: 'cyrillic' }],
  ['DeVito', 'last_name', 'DeVito', [], { recased: false, script: 'latin' }],
  ['Straße', 'last_name', 'Straße', [], { recased: false, script: 'latin' }],
  ['אברהם', 'first_name', 'אברהם', [], { recased: false, script: 'other' }],
  ['Xzqwrtp', 'last_name', 'Xzqwrtp', [], { recased: false, script: 'latin' }],
  ['Jo', 'first_name', 'Jo', [], { recased: false, script: 'latin' }],
  // Case rebuilt, as the full path does it.
  ['NOVÁK', 'last_name', 'Novák', ['name.all_caps'], { recased: true, script: 'latin' }],
  ['novák', 'last_name', 'Novák', ['name.all_lower'], { recased: true, script: 'latin' }],
  ['ИВАН', 'first_name', 'Иван', ['name.all_caps'], { recased: true, script: 'cyrillic' }],
  ['ΕΛΕΝΗ', 'first_name', 'ΕΛΕΝΗ', ['name.all_caps'], { recased: false, script: 'greek' }],
  ['ΕΛΈΝΗ', 'first_name', 'Ελένη', ['name.all_caps'], { recased: true, script: 'greek' }],
  ['ελένη', 'first_name', 'Ελένη', ['name.all_lower'], { recased: true, script: 'greek' }],
  ['mcdonald', 'last_name', 'McDonald', ['name.all_lower'], { recased: true, script: 'latin' }],
  ['MACDONALD', 'last_name', 'MacDonald', ['name.all_caps'], { recased: true, script: 'latin' }],
  ['mack', 'last_name', 'Mack', ['name.all_lower'], { recased: true, script: 'latin' }],
  ['İSMAİL', 'first_name', 'İsmail', ['name.all_caps'], { recased: true, script: 'latin' }],
  ['IŞIK', 'last_name', 'Işik', ['name.all_caps'], { recased: true, script: 'latin' }],
  ['ǉubo', 'first_name', 'ǈubo', ['name.all_lower'], { recased: true, script: 'latin' }],
  ['STRASSE', 'last_name', 'Strasse', ['name.all_caps'], { recased: true, script: 'latin' }],
  ['ijssel', 'last_name', 'IJssel', ['name.all_lower'], { recased: true, script: 'latin' }],
  ['j', 'first_name', 'J', ['name.single_letter', 'name.all_lower'], { recased: true, script: 'latin' }],
  ['J', 'first_name', 'J', ['name.single_letter'], { recased: false, script: 'latin' }],
  // The checks still run on the shortcut.
  ['Qwerty', 'first_name', 'Qwerty', ['name.test'], { recased: false, script: 'latin' }],
  ['Test', 'first_name', 'Test', ['name.test'], { recased: false, script: 'latin' }],
  ['Unknown', 'last_name', 'Unknown', ['name.test'], { recased: false, script: 'latin' }],
  ['Mustermann', 'last_name', 'Mustermann', ['name.placeholder'], { recased: false, script: 'latin' }],
  ['Mmmmm', 'first_name', 'Mmmmm', ['name.keyboard_mash'], { recased: false, script: 'latin' }],
  ['Аnna', 'first_name', 'Аnna', ['name.mixed_script'], { recased: false, script: 'other' }],
  // Words that are titles or look mis-decoded take the full path.
  ['Herr', 'first_name', 'Herr', [], { recased: false, script: 'latin' }],
  ['herr', 'last_name', 'Herr', ['name.all_lower'], { recased: true, script: 'latin' }],
  ['Dr', 'last_name', 'Dr', ['name.test'], { recased: false, script: 'latin', honorific: 'Dr' }],
  ['MUDR', 'last_name', 'MUDR', ['name.test'], { recased: false, script: 'latin', honorific: 'MUDR' }],
  ['DvoÅ™Ã¡k', 'last_name', 'DvoÅ™Ã¡k', ['name.mojibake'], { recased: false, script: 'latin' }],
];

describe('one word of letters', () => {
  it.each(WORDS)('%j as %s → %j %j', (input, field, normalized, codes, facts) => {
    const a = analyzePersonName(input, { field });
    expect(a.normalized).toBe(normalized);
    expect(a.findings.map((f) => f.code)).toEqual(codes);
    expect(a.facts).toEqual(facts);
  });

  const words = [
    ...WORDS.map(([input, field]) => [input, field] as const),
    ...REAL_NAMES.filter((name) => !name.includes(' ')).map((name) => [name, 'last_name'] as const),
  ];
  it.each(words)('%j as %s: same analysis as the padded value, which takes the full path', (word, field) => {
    const plain = analyzePersonName(word, { field, country: 'CZ' });
    const padded = analyzePersonName(` ${word}  `, { field, country: 'CZ' });
    expect({ ...plain, input: '' }).toEqual({ ...padded, input: '' });
  });
});
