import { describe, expect, it } from 'vitest';
import { dataProblems, lookupPhrase, phraseCount } from './lexicon.ts';
import { foldTitle, splitTitle, tokenizeTitle } from './tokenize.ts';

describe('dictionary data', () => {
  it('has no spelling with two meanings and no dangling reference', () => expect(dataProblems()).toEqual([]));
  it('compiles thousands of spellings', () => expect(phraseCount()).toBeGreaterThan(3000));
  it.each([
    ['chief executive officer', 'role'],
    ['vice president sales', 'role'],
    ['vp sales', 'role'],
    ['geschaftsfuhrer', 'role'],
    ['obchodni reditel', 'role'],
    ['γενικοσ διευθυντησ', 'role'],
    ['sales', 'dept'],
    ['sprzedazy', 'dept'],
    ['senior', 'mod'],
    ['emea', 'neutral'],
    ['pm', 'ambiguous'],
  ])('%j is a %s', (key, kind) => expect(lookupPhrase(key)?.kind).toBe(kind));
});

describe('tokenizer', () => {
  it.each([
    ['V.P. of Sales', ['vp', 'sales']],
    ['Sr. SW Eng.', ['sr', 'sw', 'eng']],
    ['Dir.Marketing', ['dir', 'marketing']],
    ['Head of R&D', ['head', 'r&d']],
    ['Founder&CEO', ['founder', 'ceo']],
    ['Founder / CEO', ['founder', 'ceo']],
    ['C++ / C# Developer', ['c++', 'c#', 'developer']],
    ['Geschäftsführer', ['geschaftsfuhrer']],
    ['Główna księgowa', ['glowna', 'ksiegowa']],
    ['ΔΙΕΥΘΥΝΤΗΣ Πωλήσεων', ['διευθυντησ', 'πωλησεων']],
    ['Заместитель генерального директора', ['заместитель', 'генерального', 'директора']],
    ['Chef d’équipe', ['chef', 'equipe']],
    ['Specjalista ds. marketingu', ['specjalista', 'marketingu']],
    ['Acme s.r.o.', ['acme', 'sro']],
    ['«Sales» — Manager', ['sales', 'manager']],
  ])('%j → %j', (input, tokens) => expect(tokenizeTitle(input)).toEqual(tokens));

  it.each([
    ['Assistant to the CEO', ['assistant'], true],
    ['CEO at Acme', ['ceo'], true],
    ['To Do', ['to'], false],
  ])('%j truncates', (input, tokens, truncated) => expect(splitTitle(input)).toEqual({ tokens, truncated }));

  it.each([
    ['ŁÓDŹ', 'lodz'],
    ['Straße', 'strasse'],
    ['Ελένη', 'ελενη'],
    ['Ёлка й', 'елка и'],
  ])('folds %j → %j', (input, folded) => expect(foldTitle(input)).toBe(folded));
});
