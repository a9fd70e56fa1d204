import { describe, expect, it } from 'vitest';
import { foldName } from './fold.ts';
import { PHONETIC_VERSION, phoneticKey } from './phonetic.ts';

describe('phoneticKey', () => {
  it.each([
    ['dvorak', 'dworak'],
    ['dvorak', 'dworzak'],
    ['schmidt', 'schmitt'],
    ['schmidt', 'shmidt'],
    ['schmid', 'schmidt'],
    ['meyer', 'meier'],
    ['meyer', 'mayer'],
    ['meyer', 'maier'],
    ['philip', 'filip'],
    ['phillip', 'filip'],
    ['tchaikovsky', 'chaikovsky'],
    ['tchaikovsky', 'chaykovskiy'],
    ['kowalski', 'kovalski'],
    ['kowalski', 'kovalskiy'],
    ['kowalski', 'kowalsky'],
    ['aleksandr', 'alexandr'],
    ['alexander', 'aleksander'],
    ['yelena', 'elena'],
    ['jelena', 'elena'],
    ['yevgeniy', 'evgeny'],
    ['jewgeni', 'evgeniy'],
    ['nowak', 'novak'],
    ['nowicki', 'novitsky'],
    ['katerina', 'katherina'],
    ['thomas', 'tomas'],
    ['krzysztof', 'krystof'],
    ['michael', 'mikhail'],
    ['michal', 'michail'],
    ['christian', 'krystian'],
    ['ivanov', 'ivanoff'],
    ['petrovic', 'petrovich'],
    ['abramowicz', 'abramovich'],
    ['natalia', 'natalya'],
    ['maria', 'mariya'],
    ['yuliya', 'iuliia'],
    ['julia', 'yulia'],
    ['dmitriy', 'dmitrii'],
    ['dmitrij', 'dmitri'],
    ['andrej', 'andrey'],
    ['sergei', 'sergey'],
    ['muller', 'mueller'],
    ['carl', 'karl'],
    ['lucas', 'lukas'],
    ['victor', 'viktor'],
    ['marc', 'mark'],
    ['dominic', 'dominik'],
    ['rebecca', 'rebeka'],
    ['xenia', 'kseniya'],
    ['tsvetkova', 'cvetkova'],
    ['maja', 'maya'],
    ['sarah', 'sara'],
    ['johann', 'johan'],
    ['ioannis', 'yannis'],
  ])('%s ~ %s', (a, b) => {
    expect(phoneticKey(a)).toBe(phoneticKey(b));
  });

  it.each([
    ['smith', 'jones'],
    ['novak', 'nowicki'],
    ['novak', 'novakova'],
    ['kowalski', 'kowalska'],
    ['jan', 'jana'],
    ['pavel', 'pavla'],
    ['anna', 'hana'],
    ['lucie', 'lucia'],
    ['giorgos', 'yorgos'],
    ['nicky', 'nowicki'],
    ['schwarz', 'schwar'],
    ['lola', 'lea'],
    ['dan', 'tan'],
    ['maria', 'marie'],
  ])('%s !~ %s', (a, b) => {
    expect(phoneticKey(a)).not.toBe(phoneticKey(b));
  });

  it.each([
    ['dvorak', 'dvrk'],
    ['schmidt', 'smt'],
    ['anna', 'ana'],
    ['jean baptiste', 'en bptste'],
    ['van der berg', 'vn dr brk'],
    ['', ''],
  ])('%j -> %j', (folded, key) => {
    expect(phoneticKey(folded)).toBe(key);
  });

  it.each([
    ['Dvořák', 'Dworak'],
    ['Ελένη', 'Eleni'],
    ['Ευάγγελος', 'Evangelos'],
    ['Наталья', 'Natalia'],
    ['Чайковский', 'Tchaikovsky'],
    ['Михаил', 'Michał'],
    ['Müller', 'Mueller'],
    ['Jean-Baptiste', 'Jean Baptiste'],
  ])('keys %j and %j alike once folded', (a, b) => {
    expect(phoneticKey(foldName(a))).toBe(phoneticKey(foldName(b)));
  });

  it('gives equal folded names equal keys and never an empty key for a name', () => {
    const names = ['Dvořák', 'Kateřina', 'Ελένη', 'Анна', 'Łukasz', 'Α', 'Y', 'Aa', 'Hh', "O'Neil", 'Xi'];
    for (const name of names) {
      const folded = foldName(name);
      expect(phoneticKey(folded)).toBe(phoneticKey(foldName(folded)));
      expect(phoneticKey(folded)).not.toBe('');
      expect(phoneticKey(folded)).toMatch(/^[a-z]+(?: [a-z]+)*$/);
    }
  });

  it('has a version', () => {
    expect(PHONETIC_VERSION).toBeGreaterThanOrEqual(1);
  });
});
