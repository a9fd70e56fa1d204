import { describe, expect, it } from 'vitest';
import { foldName } from './fold.ts';

describe('foldName', () => {
  it.each([
    ['Dvořák', 'dvorak'],
    ['Ελένη', 'eleni'],
    ['Анна', 'anna'],
    ['Łukasz', 'lukasz'],
    ['Müller', 'muller'],
    ['Kateřina', 'katerina'],
    ['Małgorzata', 'malgorzata'],
    ['Jiří', 'jiri'],
    ['Straße', 'strasse'],
    ['Øyvind', 'oyvind'],
    ['Дмитрий', 'dmitriy'],
    ['Наталья', 'natalya'],
    ['Игорь', 'igor'],
    ['Щукин', 'shchukin'],
    ['Γιώργος', 'giorgos'],
    ['ΓΕΏΡΓΙΟΣ', 'georgios'],
    ['Ευάγγελος', 'evangelos'],
    ['ΕΥΑΓΓΕΛΟΣ', 'evangelos'],
    ['Ελευθέριος', 'eleftherios'],
    ['Ευθύμιος', 'efthymios'],
    ['Αυγουστίνος', 'avgoustinos'],
    ['Παύλος', 'pavlos'],
    ['Παπαδόπουλος', 'papadopoulos'],
    ['Μπάμπης', 'bampis'],
    ['Ντίνος', 'dinos'],
    ['Ταΰγετος', 'taygetos'],
    ['Ἀθηνᾶ', 'athina'],
    ['Ευάγγελος'.normalize('NFD'), 'evangelos'],
    ['Dvořák'.normalize('NFD'), 'dvorak'],
    ['Ζωή Ευαγγελία', 'zoi evangelia'],
    ['Jean-Baptiste', 'jean baptiste'],
    ['Jean – Baptiste', 'jean baptiste'],
    ["O'Brien", 'obrien'],
    ['D’Artagnan', 'dartagnan'],
    ['J.R.R.', 'jrr'],
    ['  Anna   Marie ', 'anna marie'],
    ['Anna,Marie', 'anna marie'],
    ['Jan2', 'jan'],
    ['SMITH', 'smith'],
    ['', ''],
    ['   ', ''],
    ['---', ''],
    ['42', ''],
  ])('%j -> %j', (input, folded) => {
    expect(foldName(input)).toBe(folded);
  });

  it.each(['anna', 'jean baptiste', 'dvorak', 'eleni', 'x', ''])(
    'leaves the folded %j as it is',
    (folded) => {
      expect(foldName(folded)).toBe(folded);
    },
  );

  it('folds a very long Greek value without running out of arguments', () => {
    expect(foldName('Ευάγγελος '.repeat(50_000))).toBe('evangelos '.repeat(50_000).trim());
  });

  it.each([
    'Dvořák',
    'Ευάγγελος',
    'Наталья',
    "O'Brien",
    ' Jean--Baptiste ',
    '张伟',
    'Ǆemal',
    'ﬁona',
    'İlkay',
  ])('is idempotent on %j', (input) => {
    const once = foldName(input);
    expect(foldName(once)).toBe(once);
    expect(once).toMatch(/^(?:[a-z]+(?: [a-z]+)*)?$/);
  });
});
